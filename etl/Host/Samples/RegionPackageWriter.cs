using System.IO.Compression;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>A district's return dated outside its quarter, planted on purpose.</summary>
internal sealed record PlantedOutsideRow(string Kato, int Row, DateOnly StartDate, DateOnly? EndDate);

/// <summary>A correction as written: the unit, its file, when it was sent and received, and what it changed.</summary>
internal sealed record WrittenCorrection(string Kato, string RegionKato, string File, DateOnly SubmittedOn, DateTimeOffset Received, CorrectionChanges Changes);

/// <summary>What writing one region's package produced, for the summary and the manifest.</summary>
internal sealed record RegionResult(
    int Returns,
    long Rows,
    long Bytes,
    PlantedMismatch? Mismatch,
    IReadOnlyList<WrittenCorrection> Corrections,
    IReadOnlyList<PlantedOutsideRow> OutsideRows,
    IReadOnlyDictionary<string, long> DistrictSubjects,
    QuarterTotals Totals);

/// <summary>
/// Writes one region's quarter: <c>&lt;quarter&gt;/&lt;region&gt;.zip</c> holding the region's workbook and
/// those of its districts that reported (each entry dated when it was sent; the file dated when
/// the ministry received it), and <c>&lt;quarter&gt;/corrections/&lt;unit&gt;_v2.xlsx</c> for corrected districts.
/// </summary>
internal sealed class RegionPackageWriter(ReturnFactory factory, string output, long seed)
{
    /// <summary>The folder of corrected versions inside a quarter's folder.</summary>
    public const string CorrectionsFolder = "corrections";

    public RegionResult Write(Quarter quarter, RegionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var reporting = plan.Districts.Where(d => !d.Missing)
            .Select(d => (Plan: d, Return: factory.District(d, quarter, plan.Region)))
            .ToList();
        var (region, mismatch) = factory.Region(plan, quarter, reporting.Select(d => d.Return));
        var folder = Path.Combine(output, quarter.ToString());
        var package = WritePackage(folder, plan, [region, .. reporting.Select(d => d.Return)]);
        var rows = Rows(region.Submission) + reporting.Sum(d => Rows(d.Return.Submission));
        var bytes = new FileInfo(package).Length;
        var corrections = new List<WrittenCorrection>();
        var current = new List<Submission> { region.Submission };
        foreach (var (district, original) in reporting)
        {
            if (district.Correction is not { } correction)
            {
                current.Add(original.Submission);
                continue;
            }

            var (corrected, changes) = CorrectionFactory.Apply(original, correction, seed);
            var name = $"{original.Kato}_v2.xlsx";
            var path = Path.Combine(folder, CorrectionsFolder, name);
            var workbook = Workbook(corrected, isRegion: false);
            File.WriteAllBytes(path, workbook);
            File.SetLastWriteTimeUtc(path, correction.Received.UtcDateTime);
            corrections.Add(new WrittenCorrection(original.Kato, plan.Region.KatoCode, $"{CorrectionsFolder}/{name}", correction.SubmittedOn, correction.Received, changes));
            current.Add(corrected.Submission);
            rows += Rows(corrected.Submission);
            bytes += workbook.Length;
        }

        return new RegionResult(
            1 + reporting.Count + corrections.Count,
            rows,
            bytes,
            mismatch,
            corrections,
            [.. reporting.SelectMany(d => d.Return.RowsOutsideQuarter.Select(r => new PlantedOutsideRow(d.Return.Kato, r.SourceRow, r.StartDate, r.EndDate)))],
            reporting.ToDictionary(d => d.Return.Kato, d => SubjectRows.Total(d.Return.Submission.Subjects), StringComparer.Ordinal),
            QuarterTotals.Of(current));
    }

    // The region's own workbook comes first, then its districts'.
    private static string WritePackage(string folder, RegionPlan plan, IReadOnlyList<UnitReturn> returns)
    {
        var package = Path.Combine(folder, $"{plan.Region.KatoCode}.zip");
        using (var archive = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            foreach (var unit in returns)
            {
                var entry = archive.CreateEntry($"{unit.Kato}.xlsx", CompressionLevel.Optimal);
                entry.LastWriteTime = unit.SavedAt;
                using var stream = entry.Open();
                stream.Write(Workbook(unit, isRegion: unit.Kato == plan.Region.KatoCode));
            }
        }

        File.SetLastWriteTimeUtc(package, plan.Received.UtcDateTime);
        return package;
    }

    private static long Rows(Submission submission) =>
        submission.Subjects.Count + submission.Programmes.Count + submission.Practices.Count + submission.Consolidated.Count;

    private static byte[] Workbook(UnitReturn unit, bool isRegion) =>
        XlsxWriter.Write(SubmissionSheets.For(unit.Submission, isRegion, unit.UnitName), unit.SavedAt);
}
