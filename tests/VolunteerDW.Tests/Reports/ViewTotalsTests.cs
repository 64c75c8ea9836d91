using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Reports;

/// <summary>
/// An analyst summing the reporting views gets the semi-annual report's figures for the same half:
/// stocks from the half's last quarter, flows over both quarters.
/// </summary>
[Collection(SharedReportDataset.Name)]
public sealed class ViewTotalsTests(ReportDataset dataset)
{
    private static readonly HalfYear Half = HalfYear.Parse("2026H1");
    private static readonly object InHalf = new { year = Half.Year, half = Half.Number, last_quarter = Half.LastQuarter.Key };


    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_subjects_view_gives_the_reports_subjects_people_and_new_subjects(WarehouseEngine engine)
    {
        var (harness, report) = await OnAsync(engine);
        var totals = await SingleAsync<SubjectTotals>(harness, """
            SELECT SUM(CASE WHEN quarter_key = @last_quarter THEN subjects END) AS Subjects,
                   SUM(CASE WHEN quarter_key = @last_quarter AND subject_type_code = 'volunteer' THEN subjects END) AS Volunteers,
                   SUM(CASE WHEN quarter_key = @last_quarter AND subject_type_code = 'coordinator' THEN subjects END) AS Coordinators,
                   SUM(CASE WHEN quarter_key = @last_quarter THEN people END) AS People,
                   SUM(new_subjects) AS NewSubjects
            FROM v_subjects WHERE year = @year AND half = @half
            """);

        Assert.True(report.Current.Subjects > 0);
        var c = report.Current;
        Assert.Equal(new SubjectTotals { Subjects = c.Subjects, Volunteers = c.Volunteers, Coordinators = c.Coordinators, People = c.People, NewSubjects = c.NewSubjects }, totals);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_subjects_view_by_region_gives_the_reports_region_lines_and_the_population_view_their_population(WarehouseEngine engine)
    {
        var (harness, report) = await OnAsync(engine);
        var byRegion = await harness.QueryAsync<(string Kato, long Subjects, long? Population)>("""
            SELECT s.region_kato, SUM(s.subjects), MAX(p.population)
            FROM v_subjects AS s
            LEFT JOIN v_population AS p ON p.unit_kato = s.region_kato AND p.quarter_key = s.quarter_key
            WHERE s.quarter_key = @last_quarter
            GROUP BY s.region_kato ORDER BY s.region_kato
            """, InHalf);

        var reported = report.Regions.Where(r => r.Figures.Subjects is not null).OrderBy(r => r.Kato, StringComparer.Ordinal)
            .Select(r => (r.Kato, r.Figures.Subjects!.Value, r.Population)).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Equal(reported, byRegion);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_programmes_view_gives_the_reports_programme_figures(WarehouseEngine engine)
    {
        var (harness, report) = await OnAsync(engine);
        var totals = await SingleAsync<ProgrammeTotals>(harness, """
            SELECT COUNT(*) AS Total,
                   SUM(CASE WHEN programme_kind = 'action' THEN 1 ELSE 0 END) AS Actions,
                   SUM(CASE WHEN with_state_partner = 1 THEN 1 ELSE 0 END) AS WithStatePartner,
                   SUM(volunteers) AS Volunteers, SUM(beneficiaries) AS Beneficiaries,
                   SUM(volunteer_hours) AS VolunteerHours, SUM(funding_kzt) AS FundingKzt
            FROM v_programmes WHERE year = @year AND half = @half
            """);

        var c = report.Current;
        Assert.True(c.ProgrammesTotal > 0);
        Assert.Equal(new ProgrammeTotals
        {
            Total = c.ProgrammesTotal, Actions = c.Actions, WithStatePartner = c.WithStatePartner, Volunteers = c.ProgrammeVolunteers,
            Beneficiaries = c.Beneficiaries, VolunteerHours = c.VolunteerHours, FundingKzt = c.FundingKzt,
        }, totals);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_practices_view_gives_the_reports_counts_of_experience_problems_and_proposals_by_area(WarehouseEngine engine)
    {
        var (harness, report) = await OnAsync(engine);
        var counts = (await harness.QueryAsync<(string Kind, string? Area, long Count)>("""
            SELECT practice_kind, proposal_area, COUNT(*) FROM v_practices
            WHERE year = @year AND half = @half GROUP BY practice_kind, proposal_area
            """, InHalf)).ToDictionary(r => r.Kind + "/" + r.Area, r => r.Count);

        var reported = new Dictionary<string, long>
        {
            ["positive_experience/"] = report.PositiveExperience.Sum(g => g.Total),
            ["problem/"] = report.Problems.Sum(g => g.Total),
        };
        foreach (var area in report.Proposals.Where(a => a.Submitted > 0))
        {
            reported[$"proposal/{area.Code}"] = area.Submitted;
        }

        Assert.True(reported.Values.All(v => v > 0));
        Assert.Equal(reported.OrderBy(p => p.Key, StringComparer.Ordinal), counts.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_timeliness_view_gives_the_reports_compliance_counts_at_each_tier(WarehouseEngine engine)
    {
        var (harness, report) = await OnAsync(engine);
        var byTier = (await harness.QueryAsync<(long Tier, long Expected, long Received, long OnTime, long Late, long Missing)>("""
            SELECT reporting_tier, COUNT(*), SUM(received), SUM(on_time), SUM(late), SUM(missing)
            FROM v_timeliness WHERE year = @year AND half = @half GROUP BY reporting_tier
            """, InHalf)).ToDictionary(r => r.Tier);

        var total = report.ComplianceTotal;
        Assert.True(total.Districts.Late > 0 && total.Districts.Missing > 0);
        Assert.Equal((total.Districts.Expected, total.Districts.Received, total.Districts.OnTime, total.Districts.Late, total.Districts.Missing),
            Counts(byTier[1]));
        Assert.Equal((total.Region.Expected, total.Region.Received, total.Region.OnTime, total.Region.Late, total.Region.Missing), Counts(byTier[2]));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_reconciliation_and_data_quality_views_give_the_reports_reconciliation_differences(WarehouseEngine engine)
    {
        var (harness, report) = await OnAsync(engine);
        var cells = await harness.QueryAsync<ReconciliationCell>("""
            SELECT quarter_key AS QuarterKey, region_kato AS RegionKato, subject_type_code AS SubjectType, activity_type_code AS ActivityType,
                   claimed_subjects AS ClaimedSubjects, summed_subjects AS SummedSubjects, claimed_people AS ClaimedPeople, summed_people AS SummedPeople,
                   claimed_new_subjects AS ClaimedNewSubjects, summed_new_subjects AS SummedNewSubjects
            FROM v_reconciliation WHERE year = @year AND half = @half AND matches = 0
            """, InHalf);
        var findings = await harness.QueryAsync<(long QuarterKey, string RegionKato, string SubjectType, string ActivityType, string Measure, long? Claimed, long? Summed)>("""
            SELECT quarter_key, region_kato, subject_type_code, activity_type_code, measure, expected_value, actual_value
            FROM v_data_quality WHERE year = @year AND half = @half AND rule_code = 'reconciliation_difference'
            """, InHalf);

        var reported = report.Reconciliation
            .Select(r => ((long)r.QuarterKey, r.RegionKato, r.SubjectType!, r.ActivityType!, r.Measure!, r.Claimed, r.Summed))
            .Order().ToList();
        Assert.NotEmpty(reported);
        Assert.Equal(reported, cells.SelectMany(c => c.Differences()).Order());
        Assert.Equal(reported, findings.Order());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_returns_view_gives_the_reports_count_of_returns_and_corrected_ones(WarehouseEngine engine)
    {
        var (harness, report) = await OnAsync(engine);
        var (returns, corrected) = (await harness.QueryAsync<(long Returns, long Corrected)>("""
            SELECT SUM(is_current), SUM(CASE WHEN is_current = 1 AND version > 1 THEN 1 ELSE 0 END)
            FROM v_returns WHERE year = @year AND half = @half
            """, InHalf)).Single();

        Assert.Equal(report.Sources.Returns, returns);
        Assert.Equal(report.Sources.Corrected, corrected);
    }

    private static (long, long, long, long, long) Counts((long Tier, long Expected, long Received, long OnTime, long Late, long Missing) row) =>
        (row.Expected, row.Received, row.OnTime, row.Late, row.Missing);

    private async Task<(LoadHarness Harness, SemiAnnualReport Report)> OnAsync(WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        return (harness, await new SemiAnnualBuilder(harness.Warehouse.Connections, ReportDataset.Generated).BuildAsync(Half));
    }

    private static async Task<T> SingleAsync<T>(LoadHarness harness, string sql) => (await harness.QueryAsync<T>(sql, InHalf)).Single();

    // Properties rather than a constructor: SQLite gives a sum of nothing no type Dapper could match to one.
    private sealed record SubjectTotals
    {
        public long? Subjects { get; init; }

        public long? Volunteers { get; init; }

        public long? Coordinators { get; init; }

        public long? People { get; init; }

        public long? NewSubjects { get; init; }
    }

    private sealed record ProgrammeTotals
    {
        public long? Total { get; init; }

        public long? Actions { get; init; }

        public long? WithStatePartner { get; init; }

        public long? Volunteers { get; init; }

        public long? Beneficiaries { get; init; }

        public long? VolunteerHours { get; init; }

        public long? FundingKzt { get; init; }
    }

    private sealed record ReconciliationCell(long QuarterKey, string RegionKato, string SubjectType, string ActivityType,
        long? ClaimedSubjects, long? SummedSubjects, long? ClaimedPeople, long? SummedPeople, long? ClaimedNewSubjects, long? SummedNewSubjects)
    {
        public IEnumerable<(long, string, string, string, string, long?, long?)> Differences() =>
            new[] { ("subjects", ClaimedSubjects, SummedSubjects), ("people", ClaimedPeople, SummedPeople), ("new_subjects", ClaimedNewSubjects, SummedNewSubjects) }
                .Where(m => m.Item2 != m.Item3)
                .Select(m => (QuarterKey, RegionKato, SubjectType, ActivityType, m.Item1, m.Item2, m.Item3));
    }
}
