using VolunteerDW.Etl.Format;
using VolunteerDW.Host.Samples;

namespace VolunteerDW.Tests.Samples;

/// <summary>The samples arrive as the ministry receives returns: one zip per region, dated, corrections after.</summary>
[Collection(SharedSampleRun.Name)]
public sealed class SamplePackageTests(SampleRun run)
{
    [Fact]
    public void Every_region_zip_holds_its_own_workbook_first_and_those_of_every_district_that_reported()
    {
        var quarter = run.Quarter(SampleRun.First);
        var regions = run.Regions(SampleRun.First).ToList();

        Assert.Equal(20, regions.Count);
        Assert.InRange(quarter.MissingUnits.Count, 1, 5);
        foreach (var (region, districts) in regions)
        {
            var entries = run.Package(SampleRun.First, region.KatoCode).Select(ReturnCells.Kato).ToList();
            var reporting = districts.Select(d => d.KatoCode).Except(quarter.MissingUnits).Order(StringComparer.Ordinal);
            Assert.Equal([region.KatoCode, .. reporting], entries);
        }

        Assert.Equal(regions.Count + regions.Sum(r => r.Districts.Count) - quarter.MissingUnits.Count + quarter.Corrections.Count, quarter.Returns);
        Assert.Equal(regions.Count + quarter.Corrections.Count, quarter.Files);
    }

    [Fact]
    public void Zip_entries_are_dated_when_each_unit_sent_its_return_and_late_districts_after_the_5th()
    {
        var quarter = run.Quarter(SampleRun.First);
        var late = quarter.LateDistricts.ToDictionary(d => d.Kato, d => d.SubmittedOn);
        Assert.InRange(late.Count, 3, 12);
        foreach (var (region, _) in run.Regions(SampleRun.First))
        {
            var received = SampleRun.Modified(run.PackagePath(SampleRun.First, region.KatoCode));
            foreach (var entry in run.Package(SampleRun.First, region.KatoCode))
            {
                var submittedOn = ReturnCells.Date(ReturnCells.Header(entry.Workbook)["submitted_on"])!.Value;
                Assert.Equal(submittedOn, DateOnly.FromDateTime(entry.Time.DateTime));
                Assert.True(submittedOn > SampleRun.First.LastDay && submittedOn < DateOnly.FromDateTime(received.DateTime), entry.Name);
                var kato = ReturnCells.Kato(entry);
                if (kato == region.KatoCode)
                {
                    Assert.InRange(DateOnly.FromDateTime(received.DateTime).DayNumber - submittedOn.DayNumber, 1, 2);
                    continue;
                }

                if (late.TryGetValue(kato, out var lateOn))
                {
                    Assert.Equal(lateOn, submittedOn);
                    Assert.InRange(submittedOn.Day, 6, 14);
                }
                else
                {
                    Assert.InRange(submittedOn.Day, 1, 5);
                }
            }
        }
    }

    [Fact]
    public void Zips_are_dated_when_the_ministry_received_them_late_regions_after_the_10th()
    {
        var quarter = run.Quarter(SampleRun.First);
        var late = quarter.LateRegions.ToDictionary(r => r.Kato, r => r.Received);
        Assert.InRange(late.Count, 1, 3);
        foreach (var (region, _) in run.Regions(SampleRun.First))
        {
            var received = SampleRun.Modified(run.PackagePath(SampleRun.First, region.KatoCode));
            Assert.Equal(SampleRun.First.Next.FirstDay.Month, received.Month);
            Assert.InRange(received.Hour, 9, 17);
            if (late.TryGetValue(region.KatoCode, out var planted))
            {
                Assert.Equal(planted, received);
                Assert.InRange(received.Day, 11, 20);
            }
            else
            {
                Assert.InRange(received.Day, 6, 10);
            }
        }
    }

    [Fact]
    public void Corrections_come_after_every_zip_and_change_what_the_manifest_says()
    {
        var quarter = run.Quarter(SampleRun.First);
        var folder = Path.Combine(run.Output, SampleRun.First.ToString());
        var lastZip = Directory.GetFiles(folder, "*.zip").Max(SampleRun.Modified);
        Assert.InRange(quarter.Corrections.Count, 2, 4);
        Assert.Equal(quarter.Corrections.Select(c => Path.GetFileName(c.File)).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(folder, RegionPackageWriter.CorrectionsFolder)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(RegionPackageWriter.CorrectionsFolder, Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Last());
        foreach (var correction in quarter.Corrections)
        {
            var path = Path.Combine(folder, correction.File);
            var corrected = Etl.Reading.XlsxReader.Read(File.ReadAllBytes(path), new Etl.Intake.ArchiveLimits());
            var original = run.Package(SampleRun.First, correction.RegionKato).Single(e => ReturnCells.Kato(e) == correction.Kato).Workbook;
            Assert.Equal(correction.Received, SampleRun.Modified(path));
            Assert.True(SampleRun.Modified(path) > lastZip);
            Assert.Equal(correction.SubmittedOn, ReturnCells.Date(ReturnCells.Header(corrected)["submitted_on"]));
            Assert.InRange(correction.SubmittedOn.Day, 15, 28);
            var before = ReturnCells.Counts(original, SubmissionLayout.Subjects);
            var after = ReturnCells.Counts(corrected, SubmissionLayout.Subjects);
            var changed = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => (kv.Key, Before: before[kv.Key], After: kv.Value)).ToList();
            Assert.NotEmpty(changed);
            Assert.Equal(correction.Changes.Counts.Select(c => ((c.SubjectType, c.ActivityType, c.Field), c.From, c.To)).Order(), changed.Order());
            var rows = ReturnCells.Rows(original, SubmissionLayout.Programmes).Count;
            Assert.Equal(correction.Changes.ProgrammeChange == "added" ? rows + 1 : rows - 1, ReturnCells.Rows(corrected, SubmissionLayout.Programmes).Count);
        }
    }

    [Fact]
    public void Every_missing_unit_is_absent_from_every_zip()
    {
        var present = run.Workbooks(SampleRun.First).Select(ReturnCells.Kato).ToHashSet(StringComparer.Ordinal);

        Assert.All(run.Quarter(SampleRun.First).MissingUnits, kato => Assert.DoesNotContain(kato, present));
    }
}
