using System.Globalization;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Cli;

/// <summary>Prints a load's results: a row per workbook or skipped file, the problems of each rejected one or why it was skipped, and a summary.</summary>
internal sealed class LoadResultTable(TextWriter output, Language language, bool quiet)
{
    /// <summary>A file can have many problems; the first ones are enough to start fixing it.</summary>
    public const int ProblemsShown = 20;

    private static readonly Dictionary<LoadOutcome, Label> Outcomes = new()
    {
        [LoadOutcome.Loaded] = new("жүктелді", "загружен", "loaded"),
        [LoadOutcome.AlreadyLoaded] = new("бұрын жүктелген", "уже загружен", "already loaded"),
        [LoadOutcome.Rejected] = new("ҚАБЫЛДАНБАДЫ", "ОТКЛОНЁН", "REJECTED"),
        [LoadOutcome.Skipped] = new("өткізіп жіберілді", "пропущен", "skipped"),
    };

    private static readonly Label NothingLoadable = new(
        "Жүктеуге болатын ештеңе табылмады: бірде-бір .xlsx жұмыс кітабы жоқ.",
        "Не найдено ничего, что можно загрузить: ни одной книги .xlsx.",
        "Nothing loadable was found: not one .xlsx workbook.");

    public async Task WriteAsync(LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var width = Outcomes.Values.Max(l => l.In(language).Length);
        if (!quiet)
        {
            await output.WriteLineAsync($"{"result".PadRight(width)}  {"unit",-9}  {"quarter",-7}  {"ver",3}  {"rows",7}  {"warn",4}  file");
        }

        foreach (var result in report.Results.Where(r => !quiet || !r.Accepted))
        {
            await output.WriteLineAsync(
                $"{Outcomes[result.Outcome].In(language).PadRight(width)}  {result.UnitKato,-9}  {result.Quarter,-7}  "
                + $"{(result.Version is { } v ? $"v{v}" : string.Empty),3}  {Rows(result),7}  {Warnings(result),4}  {result.Name}");
            foreach (var problem in result.Problems?.Take(ProblemsShown) ?? [])
            {
                await output.WriteLineAsync($"    {Messages.Describe(result.Name, problem, language)}");
            }

            if (result.Problems?.Count > ProblemsShown)
            {
                await output.WriteLineAsync($"    … +{result.Problems.Count - ProblemsShown}");
            }
        }

        if (report.Results.All(r => r.Outcome == LoadOutcome.Skipped))
        {
            await output.WriteLineAsync(NothingLoadable.In(language));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Summary: {report.Results.Count - report.Count(LoadOutcome.Skipped)} workbook(s): {report.Count(LoadOutcome.Loaded)} loaded, "
            + $"{report.Count(LoadOutcome.AlreadyLoaded)} already loaded, {report.Count(LoadOutcome.Rejected)} rejected; {LoadReport.SkippedClause(report.Results)}"
            + $"{LoadCommand.Thousands(report.Results.Sum(r => r.FactRows))} fact rows; "
            + $"{report.Results.Sum(r => r.Warnings)} warning(s); {report.Elapsed.TotalSeconds:0.0} s (run {report.Run})."));
    }

    private static string Rows(LoadResult result) => result.Outcome == LoadOutcome.Loaded ? LoadCommand.Thousands(result.FactRows) : string.Empty;

    private static string Warnings(LoadResult result) => result.Outcome == LoadOutcome.Loaded ? result.Warnings.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
