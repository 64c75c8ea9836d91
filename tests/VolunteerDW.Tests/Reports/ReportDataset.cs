using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Reports;

/// <summary>
/// A small fixed dataset for report tests: two regions (Abai and Almaty city) with three districts,
/// six quarters from 2025 Q1 to 2026 Q2, every figure set here, one late district, one missing
/// district and one region claim that does not add up. Loaded once; reports are generated on
/// 1 August 2026.
/// </summary>
public sealed class ReportDataset : SharedWarehouse
{
    public static readonly FixedTime Generated = FixedTime.At(2026, 8, 1);

    private static readonly (string Kato, string Region, double Size)[] Units =
    [
        ("100000000", "100000000", 0.2), ("101000000", "100000000", 1.0), ("101800000", "100000000", 0.5),
        ("750000000", "750000000", 0.4), ("751110000", "750000000", 2.0),
    ];

    protected override async Task<LoadHarness> LoadAsync(WarehouseEngine engine)
    {
        var harness = await LoadHarness.CreateAsync(engine, Generated);
        foreach (var quarter in Quarter.Range(new Quarter(2025, 1), new Quarter(2026, 2)))
        {
            var returns = Returns(quarter);
            foreach (var region in returns.Where(r => r.IsRegion))
            {
                region.Consolidated = ReturnBuilder.ConsolidationOf(returns.Where(r => Region(r) == region.Header.UnitKato));
                if (quarter == new Quarter(2026, 2) && region.Header.UnitKato == "750000000")
                {
                    region.Consolidated[0] = region.Consolidated[0] with { Subjects = region.Consolidated[0].Subjects + 7 };
                }
            }

            var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, quarter.ToString())).FullName;
            var paths = returns.Select(r => r.WriteTo(folder)).ToArray();
            var received = KazakhstanTime.At(quarter.LastDay.AddDays(8).ToDateTime(new TimeOnly(11, 0)));
            var report = await harness.LoadAsync(new LoadOptions { Received = ReceivedTime.At(received) }, paths);
            Assert.True(report.AllAccepted, string.Join("; ", report.Results.Where(r => r.Outcome == LoadOutcome.Rejected).Select(r => r.Name)));
        }

        return harness;
    }

    /// <summary>The returns of a quarter as they are loaded (before the regions' consolidated sheets are filled).</summary>
    public static List<ReturnBuilder> Returns(Quarter quarter) => [.. Units
        .Where(u => !(quarter == new Quarter(2026, 2) && u.Kato == "101800000"))
        .Select(u => Return(u.Kato, u.Region, u.Size, quarter))];

    private static ReturnBuilder Return(string kato, string region, double size, Quarter quarter)
    {
        var builder = new ReturnBuilder(kato, quarter.ToString(), isRegion: kato == region);
        var growth = 1 + (0.05 * quarter.Number) + (0.1 * (quarter.Year - 2025));
        long Scale(long? value) => (long)Math.Round((value ?? 0) * size * growth);
        builder.Subjects = [.. builder.Subjects.Select(s => s with { Subjects = Scale(s.Subjects), People = Scale(s.People), NewSubjects = s.NewSubjects is null ? null : Scale(s.NewSubjects) / 2 })];
        builder.Programmes = [.. builder.Programmes.Select(p => p with
        {
            StartDate = quarter.FirstDay.AddDays(10),
            EndDate = p.Kind == "action" ? quarter.FirstDay.AddDays(10) : quarter.LastDay,
            Volunteers = Scale(p.Volunteers),
            Beneficiaries = Scale(p.Beneficiaries),
            VolunteerHours = Scale(p.VolunteerHours),
        })];
        var late = quarter == new Quarter(2026, 1) && kato == "101800000";
        builder.Header = builder.Header with { SubmittedOn = quarter.LastDay.AddDays(late ? 8 : 3) };
        return builder;
    }

    private static string Region(ReturnBuilder builder) => Units.Single(u => u.Kato == builder.Header.UnitKato).Region;
}

[CollectionDefinition(Name)]
public sealed class SharedReportDataset : ICollectionFixture<ReportDataset>
{
    public const string Name = "report dataset";
}
