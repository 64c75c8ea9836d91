using System.Diagnostics;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Benchmarks;

/// <summary>The product's load of the same files: read, validate, stage, conform, load, with lineage, timeliness and reconciliation.</summary>
internal static class ProductLoad
{
    public static async Task<Measurement> RunAsync(string samples, string database)
    {
        var connections = new WarehouseConnectionFactory(new WarehouseSettings(WarehouseEngine.Sqlite, $"Data Source={database}"));
        var clock = Stopwatch.StartNew();
        var report = await new SubmissionLoader(connections, new LoadOptions { Received = ReceivedTime.FileModified }).LoadAsync([samples]);
        var elapsed = clock.Elapsed.TotalSeconds;
        if (!report.AllAccepted)
        {
            throw new InvalidOperationException($"{report.Count(LoadOutcome.Rejected)} sample workbook(s) were rejected; the benchmark needs valid data.");
        }

        return new Measurement("load", elapsed, report.Results.Count, report.Results.Sum(r => r.FactRows), Measurement.PeakRss());
    }
}
