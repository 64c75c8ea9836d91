using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;

namespace VolunteerDW.Benchmarks;

/// <summary>The product's load of the same files: read, validate, stage, conform, load, with lineage, timeliness and reconciliation.</summary>
internal static class ProductLoad
{
    public static async Task<Measurement> RunAsync(string samples, string database)
    {
        // The load runs as of the moment the last file arrived, not the wall clock: the samples reach
        // 2026 Q4, which a load before its end would reject as not yet over, and the same files give
        // the same work whatever the date.
        var lastArrival = InputFiles.Collect([samples]).Max(file => new DateTimeOffset(File.GetLastWriteTimeUtc(file.Path), TimeSpan.Zero));
        var options = new LoadOptions { Received = ReceivedTime.FileModified, Time = new FakeTimeProvider(lastArrival.AddMinutes(1)) };
        var clock = Stopwatch.StartNew();
        var report = await new SubmissionLoader(SqliteWarehouse.Connections(database), options).LoadAsync([samples]);
        var elapsed = clock.Elapsed.TotalSeconds;
        if (!report.AllAccepted)
        {
            throw new InvalidOperationException($"{report.Count(LoadOutcome.Rejected)} sample workbook(s) were rejected; the benchmark needs valid data.");
        }

        return new Measurement("load", elapsed, report.Results.Count, report.Results.Sum(r => r.FactRows), Measurement.PeakRss());
    }
}
