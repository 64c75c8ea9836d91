using VolunteerDW.Etl.Format;

namespace VolunteerDW.Tests.Samples;

/// <summary>What the sample returns hold, read back through the product's reader.</summary>
[Collection(SharedSampleRun.Name)]
public sealed class SampleContentTests(SampleRun run)
{
    [Fact]
    public void Workbooks_read_back_with_the_format_codes_in_row_1_and_the_header_of_their_unit()
    {
        var region = run.Package(SampleRun.First, "750000000");
        var almaty = region[0].Workbook;
        var district = region[1].Workbook;

        Assert.Equal(["submission", "subjects", "programmes", "practices", "consolidated"], almaty.Sheets.Select(s => s.Name));
        Assert.Equal(["submission", "subjects", "programmes", "practices"], district.Sheets.Select(s => s.Name));
        foreach (var sheet in SubmissionLayout.DataSheets)
        {
            var codes = almaty.Sheet(sheet.Name)!.Rows.First();
            Assert.Equal(1, codes.Number);
            Assert.Equal(sheet.Fields.Select(f => f.Code), codes.Cells.Values.Select(c => c.Text));
        }

        var header = ReturnCells.Header(district);
        Assert.Equal(SubmissionLayout.Format, ReturnCells.Text(header["format"]));
        Assert.Equal(ReturnCells.Kato(region[1]), ReturnCells.Text(header["unit_kato"]));
        Assert.Equal(2025, ReturnCells.Count(header["year"]));
        Assert.Equal(2, ReturnCells.Count(header["quarter"]));
        Assert.Matches(@"^\S+ \S+ \S+$", ReturnCells.Text(header["prepared_by"]));
        Assert.Matches(@"^\+7 7\d\d \d{3} \d\d \d\d$", ReturnCells.Text(header["phone"]));
        Assert.Contains("@", ReturnCells.Text(header["email"]), StringComparison.Ordinal);
        Assert.Equal(28, ReturnCells.Rows(district, SubmissionLayout.Subjects).Count);
        Assert.Equal("volunteer", ReturnCells.Text(ReturnCells.Rows(district, SubmissionLayout.Subjects)[0]["subject_type"]));
    }

    [Fact]
    public void National_totals_are_in_the_range_of_the_real_figures_and_match_the_returns()
    {
        var totals = run.Quarter(SampleRun.First).Totals;
        var corrected = run.Quarter(SampleRun.First).Corrections.Select(c => c.Kato).ToHashSet(StringComparer.Ordinal);
        var current = run.Workbooks(SampleRun.First).Where(e => !corrected.Contains(ReturnCells.Kato(e))).Select(e => e.Workbook)
            .Concat(run.Quarter(SampleRun.First).Corrections.Select(c => Etl.Reading.XlsxReader.Read(
                File.ReadAllBytes(Path.Combine(run.Output, SampleRun.First.ToString(), c.File)), new Etl.Intake.ArchiveLimits())))
            .ToList();

        Assert.InRange(totals.Subjects["volunteer"], 275_000, 320_000);
        Assert.InRange(totals.Subjects["volunteer_group"], 1_700, 2_500);
        Assert.InRange(totals.Subjects["volunteer_organization"], 650, 950);
        Assert.InRange(totals.Subjects["coordinator"], 1_000, 1_500);
        Assert.InRange(totals.Programmes["action"], 27_000, 40_000);
        Assert.InRange(totals.Beneficiaries * 4, 1_600_000, 2_600_000);
        var subjects = current.SelectMany(w => ReturnCells.Rows(w, SubmissionLayout.Subjects)).ToList();
        var programmes = current.SelectMany(w => ReturnCells.Rows(w, SubmissionLayout.Programmes)).ToList();
        Assert.Equal(totals.Subjects["volunteer"], subjects.Where(r => ReturnCells.Text(r["subject_type"]) == "volunteer").Sum(r => ReturnCells.Count(r["subjects"]) ?? 0));
        Assert.Equal(totals.People, subjects.Sum(r => ReturnCells.Count(r["people"]) ?? 0));
        Assert.Equal(totals.Programmes.Values.Sum(), programmes.Count);
        Assert.Equal(totals.Volunteers, programmes.Sum(r => ReturnCells.Count(r["volunteers"]) ?? 0));
        Assert.Equal(totals.Beneficiaries, programmes.Sum(r => ReturnCells.Count(r["beneficiaries"]) ?? 0));
    }

    [Fact]
    public void Consolidated_equals_the_sum_of_the_returns_in_the_zip_except_the_planted_mismatches()
    {
        var found = new List<(string, string, string, string, long?, long?)>();
        foreach (var (region, _) in run.Regions(SampleRun.First))
        {
            var package = run.Package(SampleRun.First, region.KatoCode);
            var sums = package.SelectMany(e => ReturnCells.Counts(e.Workbook, SubmissionLayout.Subjects))
                .GroupBy(kv => kv.Key)
                .ToDictionary(g => g.Key, g => g.All(kv => kv.Value is null) ? (long?)null : g.Sum(kv => kv.Value ?? 0));
            var claimed = ReturnCells.Counts(package[0].Workbook, SubmissionLayout.Consolidated);
            Assert.Equal(sums.Keys.Order(), claimed.Keys.Order());
            found.AddRange(claimed.Where(kv => kv.Value != sums[kv.Key])
                .Select(kv => (region.KatoCode, kv.Key.SubjectType, kv.Key.ActivityType, kv.Key.Field, kv.Value, sums[kv.Key])));
        }

        var planted = run.Quarter(SampleRun.First).ReconciliationMismatches;
        Assert.InRange(planted.Count, 1, 3);
        Assert.Equal(planted.Select(m => (m.RegionKato, m.SubjectType, m.ActivityType, m.Field, (long?)m.Claimed, (long?)m.TrueSum)).Order(), found.Order());
        Assert.All(planted, m => Assert.InRange(Math.Abs(m.Claimed - m.TrueSum) / (double)m.TrueSum, 0.025, 0.155));
    }

    [Fact]
    public void Jumps_beyond_threefold_are_the_planted_ones_and_the_fall_back_after_them()
    {
        var first = run.Quarter(SampleRun.First).Jumps;
        var second = run.Quarter(SampleRun.Second).Jumps;

        Assert.InRange(first.Count(j => j.Cause == "planted"), 1, 2);
        Assert.All(first, j => Assert.Null(j.PreviousSubjects));
        Assert.InRange(second.Count(j => j.Cause == "planted"), 1, 2);
        Assert.All(second, j => Assert.True(j.Cause is "planted" or "after_planted", $"{j.Kato}: {j.Cause}"));
        Assert.All(second.Where(j => j.Cause == "planted"), j => Assert.True(j.Subjects > 3 * j.PreviousSubjects));
        // A unit that spiked falls back the next quarter, unless it is missing or spikes again then.
        var expected = first.Select(j => j.Kato)
            .Except(run.Quarter(SampleRun.Second).MissingUnits)
            .Except(second.Where(j => j.Cause == "planted").Select(j => j.Kato));
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            second.Where(j => j.Cause == "after_planted").Select(j => j.Kato).Order(StringComparer.Ordinal));
    }
}
