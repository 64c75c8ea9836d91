using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// One return on a region's approval sheet: the unit, where its return stands (null: none sent), its
/// current version, the reason the move that put it there gave (a return's, a reopening's, an unlock's),
/// and the last version ever accepted.
/// </summary>
public sealed record ApprovalLine(UnitVersionRow Unit, ReturnStanding Standing, int? Version, DateTime? ReceivedAtUtc, string? Reason = null, int? AcceptedVersion = null)
{
    /// <summary>Whether the return changed after it was accepted: a later version than the last one accepted.</summary>
    public bool ChangedSinceAccepted => AcceptedVersion is { } accepted && Version > accepted;

    /// <summary>The state to show: the return's, or missing when none was sent.</summary>
    public string Shown => Standing.Effective ?? WorkflowStates.Missing;
}

/// <summary>
/// A region's quarter as its officer and the ministry work it: the region's package and each
/// district and city that reports to it, each where it stands now.
/// </summary>
public sealed record ApprovalSheet(Quarter Quarter, ApprovalLine Region, IReadOnlyList<ApprovalLine> Districts, IReadOnlyDictionary<string, Label> StateNames)
{
    /// <summary>The sheet of <paramref name="regionKato"/> for the quarter; null when it is not a region at the quarter's end.</summary>
    public static async Task<ApprovalSheet?> ReadAsync(DbConnection connection, DimensionSnapshot dimensions, string regionKato, Quarter quarter,
        DbTransaction? transaction = null, CancellationToken cancellationToken = default) =>
        (await ReadAllAsync(connection, dimensions, quarter, transaction, cancellationToken)).FirstOrDefault(sheet => sheet.Region.Unit.KatoCode == regionKato);

    /// <summary>The sheet of every region for the quarter, in the order of their names in Russian.</summary>
    /// <remarks>Within <paramref name="transaction"/> when one is given: a move reads where things stand inside its own.</remarks>
    public static async Task<IReadOnlyList<ApprovalSheet>> ReadAllAsync(DbConnection connection, DimensionSnapshot dimensions, Quarter quarter,
        DbTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dimensions);
        var returns = (await connection.QueryAsync<QuarterReturn>(new CommandDefinition(WorkflowSql.QuarterReturns, new { quarter = quarter.Key }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.UnitKato, StringComparer.Ordinal);
        var names = (await connection.QueryAsync<(string Code, string Kk, string Ru, string En)>(new CommandDefinition(WorkflowSql.StateNames, transaction: transaction, cancellationToken: cancellationToken)))
            .ToDictionary(n => n.Code, n => new Label(n.Kk, n.Ru, n.En), StringComparer.Ordinal);
        var units = dimensions.ReportingUnitsAt(DateKeys.Of(quarter.LastDay)).OrderBy(unit => unit.NameRu, StringComparer.Ordinal).ToList();
        ApprovalLine Line(UnitVersionRow unit, string? package)
        {
            var sent = returns.GetValueOrDefault(unit.KatoCode);
            return new ApprovalLine(unit, new ReturnStanding(unit.ReportingTier!.Value, sent?.State, package, sent?.SubmissionKey), sent?.Version, sent?.ReceivedAtUtc, sent?.Reason, sent?.AcceptedVersion);
        }

        return [.. units.Where(unit => unit.ReportingTier == 2).Select(region =>
        {
            var package = returns.GetValueOrDefault(region.KatoCode)?.State;
            return new ApprovalSheet(quarter, Line(region, package),
                [.. units.Where(unit => unit.ReportingTier == 1 && unit.RegionKato == region.KatoCode).Select(unit => Line(unit, package))], names);
        })];
    }

    // Read by property, so each engine's integer and time types convert alike.
    private sealed record QuarterReturn
    {
        public string UnitKato { get; init; } = string.Empty;

        public int SubmissionKey { get; init; }

        public int Version { get; init; }

        public DateTime ReceivedAtUtc { get; init; }

        public string? State { get; init; }

        public string? Reason { get; init; }

        public int? AcceptedVersion { get; init; }
    }
}
