using System.Globalization;
using System.Security.Cryptography;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Host.Cli;
using VolunteerDW.Host.Samples;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>A workbook written to be sent: where it is, whose return it is, which correction, and the SHA-256 of its bytes (<c>dim_submission.file_hash</c>).</summary>
internal sealed record ReturnFile(string Path, string Unit, int Correction, string FileHash);

/// <summary>
/// Corrected versions of districts' 2026 Q2 returns, as many as the soak sends: each district's
/// return drawn as the sample generator draws it, its first reported subject row recounted up by the
/// correction's number (its people with it), so that every version is new content — a real load,
/// never one already there — written with the product's own workbook writer.
/// </summary>
internal sealed class DistrictReturns
{
    public static readonly Quarter Quarter = new(2026, 2);

    private readonly Dictionary<string, UnitReturn> _drawn;
    private readonly string _folder;

    private DistrictReturns(Dictionary<string, UnitReturn> drawn, string folder)
    {
        (_drawn, _folder) = (drawn, folder);
        Units = [.. drawn.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The districts and cities, by KATO code: each one officer's.</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>The first <paramref name="count"/> districts or cities that report for the quarter and exist today, each one's return drawn; workbooks go into <paramref name="folder"/>.</summary>
    public static async Task<DistrictReturns> DrawAsync(string database, int count, string folder)
    {
        var snapshot = await SqliteWarehouse.DimensionsAsync(database);
        var seed = SampleCommand.DefaultSeed;
        var dateKey = (Quarter.LastDay.Year * 10000) + (Quarter.LastDay.Month * 100) + Quarter.LastDay.Day;
        // An officer's unit is a district or city as it is today (vdw users add checks it).
        var today = snapshot.Units.Where(u => u.IsCurrent && u.Level == 2).Select(u => u.KatoCode).ToHashSet(StringComparer.Ordinal);
        var units = snapshot.ReportingUnitsAt(dateKey).Where(u => u.Level == 2 && today.Contains(u.KatoCode))
            .DistinctBy(u => u.KatoCode).OrderBy(u => u.KatoCode, StringComparer.Ordinal).Take(count).ToList();
        if (units.Count < count)
        {
            throw new InvalidOperationException($"Only {units.Count} districts and cities report for {Quarter}; the soak asks for {count} officers.");
        }

        var factory = new ReturnFactory(snapshot, UnitWeights.From(snapshot, seed), seed);
        var submittedOn = ReportingCalendar.DueMonthDay(Quarter, 3);
        Directory.CreateDirectory(folder);
        return new DistrictReturns(units.ToDictionary(u => u.KatoCode, u => factory.District(
            new DistrictPlan(u, Missing: false, submittedOn, Late: false, Jump: 1, DatesOutside: false, Correction: null), Quarter,
            snapshot.UnitAt(u.ParentKatoCode!, dateKey)!), StringComparer.Ordinal), folder);
    }

    /// <summary>Writes correction <paramref name="correction"/> (1, 2, …) of <paramref name="unit"/>'s return.</summary>
    public ReturnFile Write(string unit, int correction)
    {
        var drawn = _drawn[unit];
        var subjects = drawn.Submission.Subjects.ToList();
        var index = subjects.FindIndex(s => s.Subjects > 0);
        var row = subjects[index];
        subjects[index] = row with { Subjects = row.Subjects + correction, People = row.People + correction };
        var bytes = XlsxWriter.Write(SubmissionSheets.For(drawn.Submission with { Subjects = subjects }, isRegion: false, drawn.UnitName), drawn.SavedAt);
        var path = Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"{unit}_{Quarter}-{correction}.xlsx"));
        File.WriteAllBytes(path, bytes);
        return new ReturnFile(path, unit, correction, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
