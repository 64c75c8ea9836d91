using System.Text.Encodings.Web;
using System.Text.Json;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// <c>manifest.json</c>: what a sample run planted, quarter by quarter, for tests and the demo to
/// check the loader and the reports against, with national totals computed from the returns.
/// </summary>
internal sealed record SampleManifest(string Format, long Seed, string From, string To, IReadOnlyList<QuarterManifest> Quarters)
{
    public const string FileName = "manifest.json";

    public const string FormatName = "vdw-samples/1";

    // Fixed line endings and escaping, so that the same run gives the same bytes on every system.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    public static SampleManifest Read(string folder) =>
        JsonSerializer.Deserialize<SampleManifest>(File.ReadAllText(Path.Combine(folder, FileName)), Json)
        ?? throw new InvalidDataException($"{FileName} in {folder} is empty.");
}

/// <summary>One quarter of the manifest.</summary>
internal sealed record QuarterManifest(
    string Quarter,
    int Files,
    int Returns,
    IReadOnlyList<string> MissingUnits,
    IReadOnlyList<LateDistrict> LateDistricts,
    IReadOnlyList<LateRegion> LateRegions,
    IReadOnlyList<WrittenCorrection> Corrections,
    IReadOnlyList<PlantedMismatch> ReconciliationMismatches,
    IReadOnlyList<QuarterJump> Jumps,
    IReadOnlyList<PlantedOutsideRow> ProgrammesOutsideQuarter,
    QuarterTotals Totals);

/// <summary>A district that sent its return after the 5th.</summary>
internal sealed record LateDistrict(string Kato, string RegionKato, DateOnly SubmittedOn);

/// <summary>A region whose package reached the ministry after the 10th.</summary>
internal sealed record LateRegion(string Kato, DateOnly SubmittedOn, DateTimeOffset Received);

/// <summary>
/// A district whose subjects changed beyond threefold against the previous quarter: a planted
/// spike (<c>planted</c>), the fall back after one (<c>after_planted</c>) or, should it happen,
/// one nobody planted (<c>unplanned</c>). Previous is null when that quarter was not generated.
/// </summary>
internal sealed record QuarterJump(string Kato, long? PreviousSubjects, long Subjects, string Cause);
