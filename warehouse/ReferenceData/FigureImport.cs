using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>What an import did to one file's figures: new to the warehouse, changed in value or source, or already held as given.</summary>
public sealed record FigureCounts(string File, int Added, int Replaced, int Unchanged);

/// <summary>What an import did, file by file, or — when any row of any file was wrong — the problems, and nothing imported.</summary>
public sealed record FigureImportResult(IReadOnlyList<FigureCounts> Files, IReadOnlyList<FigureProblem> Problems)
{
    public bool Imported => Problems.Count == 0;
}

/// <summary>
/// Loads checked figures files into the warehouse in one transaction: all of them or, when any
/// row is wrong, none. A figure for a unit and date (or a measure and period) the warehouse already
/// holds is replaced — a corrected release replaces the first — and counted as such.
/// </summary>
public sealed class FigureImport(WarehouseConnectionFactory connections, TimeProvider time)
{
    public async Task<FigureImportResult> ImportAsync(IReadOnlyList<FigureFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var known = (await connection.QueryAsync<string>(new CommandDefinition(ReferenceFigureSql.KnownUnits, cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
        var problems = files.SelectMany(file => file.Problems.Concat(file.Population.Where(f => !known.Contains(f.KatoCode))
            .Select(f => new FigureProblem(file.Name, f.Line, "kato_code", $"{f.KatoCode} is not a unit the warehouse knows; check the code against the view v_units.")))).ToList();
        if (problems.Count > 0)
        {
            return new FigureImportResult([], problems);
        }

        var importedAt = StoredTime.Now(time);
        await using var transaction = await connections.BeginWriteAsync(connection, cancellationToken);
        var counts = new List<FigureCounts>();
        foreach (var file in files)
        {
            var stored = new List<Stored>();
            foreach (var row in Rows(file, importedAt))
            {
                stored.Add(await StoreAsync(transaction, row, cancellationToken));
            }

            counts.Add(new FigureCounts(file.Name, stored.Count(s => s == Stored.Added), stored.Count(s => s == Stored.Replaced), stored.Count(s => s == Stored.Unchanged)));
        }

        await transaction.CommitAsync(cancellationToken);
        return new FigureImportResult(counts, []);
    }

    private static IEnumerable<FigureRow> Rows(FigureFile file, DateTime importedAt) =>
        file.Population.Select(f => new FigureRow(ReferenceFigureSql.PopulationFigure, ReferenceFigureSql.InsertPopulation, ReferenceFigureSql.UpdatePopulation,
                new { kato_code = f.KatoCode, as_of_key = DateKeys.Of(f.AsOf), value = f.Population, source = f.Source, imported_at_utc = importedAt }, f.Population, f.Source))
            .Concat(file.Wages.Select(f => new FigureRow(ReferenceFigureSql.WageFigure, ReferenceFigureSql.InsertWage, ReferenceFigureSql.UpdateWage,
                new { measure = f.Measure, period = f.Period, period_from_key = DateKeys.Of(f.From), period_to_key = DateKeys.Of(f.To), value = f.ValueKzt, source = f.Source, imported_at_utc = importedAt },
                f.ValueKzt, f.Source)));

    private static async Task<Stored> StoreAsync(DbTransaction transaction, FigureRow row, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var held = await connection.QuerySingleOrDefaultAsync<HeldFigure>(new CommandDefinition(row.Find, row.Parameters, transaction, cancellationToken: cancellationToken));
        if (held is not null && held.Value == row.Value && held.Source == row.Source)
        {
            return Stored.Unchanged;
        }

        await connection.ExecuteAsync(new CommandDefinition(held is null ? row.Insert : row.Update, row.Parameters, transaction, cancellationToken: cancellationToken));
        return held is null ? Stored.Added : Stored.Replaced;
    }

    private enum Stored
    {
        Added,
        Replaced,
        Unchanged,
    }

    private sealed record FigureRow(string Find, string Insert, string Update, object Parameters, long Value, string Source);

    private sealed record HeldFigure(long Value, string Source);
}
