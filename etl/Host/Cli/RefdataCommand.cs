using System.CommandLine;
using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Host.Cli;

/// <summary>
/// <c>vdw refdata import</c>: loads population and wage figures from CSV files into the warehouse,
/// so that the ministry keeps them current without a release.
/// </summary>
internal static class RefdataCommand
{
    /// <summary>Exit code when a file was refused: nothing was imported.</summary>
    public const int Refused = 1;

    public static Command Create()
    {
        var files = new Argument<string[]>("file")
        {
            Description = $"UTF-8 CSV files with a header row: population ({string.Join(",", FigureFile.PopulationHeader)}) "
                + $"or wages ({string.Join(",", FigureFile.WagesHeader)}); a figure already held for the same unit and date (or measure and period) is replaced.",
            Arity = ArgumentArity.OneOrMore,
        };
        var import = new Command("import", "Load population or wage figures from CSV files: all of them, or — if any row is wrong — none.") { files };
        VerbAction.Set(import, (context, cancellationToken) => ImportAsync(context, context.ParseResult.GetValue(files)!, cancellationToken));
        return new Command("refdata", "Reference figures the reports use: population by unit and date, wages by period.") { import };
    }

    private static async Task<int> ImportAsync(VerbContext context, string[] paths, CancellationToken cancellationToken)
    {
        var missing = paths.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            await context.Error.WriteLineAsync($"vdw: no such file: {string.Join(", ", missing)}");
            return VerbAction.Failed;
        }

        var files = new List<FigureFile>();
        foreach (var path in paths)
        {
            files.Add(FigureFile.Parse(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken)));
        }

        var warehouse = await context.MigratedWarehouseAsync(cancellationToken);
        var result = await new FigureImport(warehouse, TimeProvider.System).ImportAsync(files, cancellationToken);
        if (!result.Imported)
        {
            foreach (var problem in result.Problems)
            {
                await context.Error.WriteLineAsync(problem.ToString());
            }

            await context.Error.WriteLineAsync($"Nothing was imported: {result.Problems.Count} problem(s). Correct the file(s) and run the import again.");
            return Refused;
        }

        foreach (var file in result.Files)
        {
            await context.Output.WriteLineAsync($"{file.File}: {file.Added} added, {file.Replaced} replaced, {file.Unchanged} unchanged.");
        }

        await context.Output.WriteLineAsync("Reports made from now on use these figures.");
        return 0;
    }
}
