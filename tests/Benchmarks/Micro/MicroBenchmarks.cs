using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace VolunteerDW.Benchmarks.Micro;

/// <summary>
/// Runs the micro-benchmarks with BenchmarkDotNet and lays their summary out as one Markdown
/// table: median, min, max, ratio to the baseline of the same class (and parameters), allocated.
/// </summary>
internal static class MicroBenchmarks
{
    public static string Run(string samples, string template, string warehouse, string half)
    {
        var workbook = Path.Combine(Path.GetTempPath(), $"vdw-bench-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(workbook, SampleWorkbook(samples));
        MicroInputs.Set(workbook, template, warehouse, half);
        try
        {
            var summaries = BenchmarkRunner.Run([typeof(WorkbookReading), typeof(ReportRendering)], Config());
            return Table(summaries.SelectMany(s => s.Reports).ToList(), new FileInfo(workbook).Length);
        }
        finally
        {
            File.Delete(workbook);
        }
    }

    // In this process: the out-of-process toolchain would build a generated project inside this
    // repository, under its build rules and central package versions. A short job (one launch,
    // three warm-ups, seven measured iterations) keeps the whole set to a minute or two.
    private static ManualConfig Config() => ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(7))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(ConsoleLogger.Default)
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "vdw-bench-artifacts"));

    /// <summary>The largest workbook of the first package: a big district's or region's return.</summary>
    private static byte[] SampleWorkbook(string samples) =>
        FloorLoad.Workbooks(Directory.EnumerateFiles(samples, "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First())
            .MaxBy(bytes => bytes.Length)!;

    private static string Table(List<BenchmarkReport> reports, long workbookBytes)
    {
        var text = new StringBuilder();
        text.AppendLine(RunInfo.Heading("Micro-benchmarks (BenchmarkDotNet, in-process)",
            string.Create(CultureInfo.InvariantCulture, $"median of 7 iterations after 3 warm-ups (min–max); the workbook is {workbookBytes / 1024.0:F0} KB")));
        text.AppendLine();
        text.AppendLine("| benchmark | case | median | min | max | ÷ baseline | allocated |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var group in reports.Where(r => r.ResultStatistics is not null)
                     .GroupBy(r => (r.BenchmarkCase.Descriptor.Type.Name, r.BenchmarkCase.Parameters.DisplayInfo)))
        {
            var baseline = group.First(r => r.BenchmarkCase.Descriptor.Baseline).ResultStatistics!.Median;
            foreach (var report in group)
            {
                var statistics = report.ResultStatistics!;
                var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {$"{group.Key.Name} {group.Key.DisplayInfo}".Trim()} | {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')} | {Time(statistics.Median)} | {Time(statistics.Min)} | {Time(statistics.Max)} "
                    + $"| {statistics.Median / baseline:F2} | {(allocated is { } bytes ? $"{bytes / 1024.0:#,0} KB" : "—")} |");
            }
        }

        return text.ToString();
    }

    private static string Time(double nanoseconds) => nanoseconds >= 1e6
        ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F2} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e3:F1} µs");
}
