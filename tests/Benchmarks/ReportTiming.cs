using System.Diagnostics;
using System.Globalization;
using System.Text;
using VolunteerDW.Reports.Data;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// The semi-annual report on a loaded warehouse: each language and format written on its own, as
/// <c>vdw report semiannual --lang X --format Y</c> does (build the model, render, write), against
/// the floor of running the report's queries alone. Warm runs in one process; the first run of each
/// is a warm-up and not counted.
/// </summary>
internal static class ReportTiming
{
    /// <summary>Each language and format in under a second.</summary>
    private static readonly Target UnderOneSecond = Target.Seconds(1);

    public static async Task<string> RunAsync(string database, HalfYear half, int runs)
    {
        var connections = SqliteWarehouse.Connections(database);
        var folder = Directory.CreateTempSubdirectory("vdw-bench-report").FullName;
        var writer = new ReportWriter(new TemplateSource());
        var window = (half.LastQuarter.Plus(1 - SemiAnnualBuilder.TrendQuarters), half.LastQuarter);
        var floor = await TimeAsync(runs, async () =>
        {
            await using var connection = await connections.OpenAsync();
            await PeriodData.LoadAsync(connection, window, (half.FirstQuarter, half.LastQuarter), CancellationToken.None);
        });
        var table = new StringBuilder();
        table.AppendLine(RunInfo.Heading($"Semi-annual report {half}", $"median of {runs} warm runs (min–max)"));
        table.AppendLine();
        table.AppendLine("| output | time, s | ÷ floor | target |");
        table.AppendLine("|---|---|---|---|");
        table.AppendLine(CultureInfo.InvariantCulture, $"| floor: the report's queries alone | {floor.Format("F3")} | 1.00 | |");
        foreach (var language in new[] { Language.Kk, Language.Ru })
        {
            foreach (var format in new[] { ReportFormat.Html, ReportFormat.Md, ReportFormat.Xlsx })
            {
                var time = await TimeAsync(runs, async () =>
                {
                    var document = await new SemiAnnualBuilder(connections, TimeProvider.System).DocumentAsync(half);
                    await writer.WriteAsync(document, [language], [format], folder);
                });
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {language.Code()} {format.ToString().ToLowerInvariant()} | {time.Format("F3")} | {time.Median / floor.Median:F2} | {UnderOneSecond.Verdict(time.Median)} |");
            }
        }

        Directory.Delete(folder, recursive: true);
        return table.ToString();
    }

    private static async Task<Spread> TimeAsync(int runs, Func<Task> work)
    {
        await work();
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        return Spread.Of(seconds);
    }
}
