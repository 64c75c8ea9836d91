using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Host.Cli;
using VolunteerDW.Host.Samples;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// The largest single return the limits allow: one district's 2026 Q2 return as the sample
/// generator draws it, with programme rows added (drawn the same way, from a stream of their own)
/// until the workbook is as large as <see cref="ArchiveLimits.MaxFileBytes"/> lets it be.
/// Deterministic: the same warehouse gives the same bytes.
/// </summary>
internal static class OversizedReturn
{
    private static readonly Quarter Quarter = new(2026, 2);

    /// <summary>Rows a limit in bytes is found to: close enough that one row more would not fit (0.02% of the limit).</summary>
    private const double Tolerance = 0.0002;

    /// <summary>Writes the return into <paramref name="folder"/> (its only file) and says what was written.</summary>
    public static async Task<string> WriteAsync(string template, string folder)
    {
        var snapshot = await SqliteWarehouse.DimensionsAsync(template);
        var seed = SampleCommand.DefaultSeed;
        var dateKey = (Quarter.LastDay.Year * 10000) + (Quarter.LastDay.Month * 100) + Quarter.LastDay.Day;
        var unit = snapshot.ReportingUnitsAt(dateKey).Where(u => u.Level == 2).MinBy(u => u.KatoCode, StringComparer.Ordinal)!;
        var region = snapshot.UnitAt(unit.ParentKatoCode!, dateKey)!;
        var plan = new DistrictPlan(unit, Missing: false, ReportingCalendar.DueMonthDay(Quarter, 3), Late: false, Jump: 1, DatesOutside: false, Correction: null);
        var drawn = new ReturnFactory(snapshot, UnitWeights.From(snapshot, seed), seed).District(plan, Quarter, region);
        var programmes = new ProgrammeStream(drawn, SampleRandom.For(seed, SampleStream.Unit, Quarter.Key, SampleRandom.KatoKey(unit.KatoCode), 1));
        byte[] Workbook(int rows) => XlsxWriter.Write(
            SubmissionSheets.For(drawn.Submission with { Programmes = programmes.Take(rows) }, isRegion: false, drawn.UnitName), drawn.SavedAt);

        var limit = new ArchiveLimits().MaxFileBytes;
        var (rows, bytes) = LargestUnder(limit, rows => Workbook(rows).LongLength);
        var path = Path.Combine(folder, $"{unit.KatoCode}_{Quarter}.xlsx");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(path, Workbook(rows));
        // Received by the ministry the day after it was sent, so that its date is consistent with submitted_on.
        File.SetLastWriteTimeUtc(path, drawn.SavedAt.AddDays(1).UtcDateTime);
        return string.Create(CultureInfo.InvariantCulture,
            $"unit {unit.KatoCode}, {Quarter}: {rows:#,0} programme rows, {drawn.Submission.Subjects.Count} subject rows and {drawn.Submission.Practices.Count} practice row(s); "
            + $"{bytes:#,0} bytes, {limit - bytes:#,0} under the {limit:#,0}-byte limit");
    }

    /// <summary>
    /// The most rows whose size stays within the limit: doubling until a size passes it, then
    /// narrowing by interpolation (size grows almost linearly with rows) and halving in turn.
    /// </summary>
    private static (int Rows, long Bytes) LargestUnder(long limit, Func<int, long> size)
    {
        var (low, lowBytes) = (0, size(0));
        var high = 1024;
        long highBytes;
        while ((highBytes = size(high)) <= limit)
        {
            (low, lowBytes, high) = (high, highBytes, high * 2);
        }

        for (var step = 0; high - low > 1 && limit - lowBytes > limit * Tolerance; step++)
        {
            var guess = step % 2 == 0
                ? low + (int)((limit - lowBytes) * (double)(high - low) / (highBytes - lowBytes))
                : low + ((high - low) / 2);
            var rows = Math.Clamp(guess, low + 1, high - 1);
            var bytes = size(rows);
            if (bytes <= limit)
            {
                (low, lowBytes) = (rows, bytes);
            }
            else
            {
                (high, highBytes) = (rows, bytes);
            }
        }

        return (low, lowBytes);
    }

    /// <summary>
    /// The drawn return's programme rows followed by more drawn the generator's way — mostly
    /// one-day actions, some projects and programmes — without a row alike in every field to
    /// another. The first rows are the same however many are taken.
    /// </summary>
    private sealed class ProgrammeStream(UnitReturn drawn, SampleRandom random)
    {
        private static readonly (string Kind, double Weight)[] Kinds = [("programme", 0.05), ("project", 0.15), ("action", 0.80)];
        private readonly List<Programme> _rows = [.. drawn.Submission.Programmes];
        private readonly HashSet<Programme> _seen = [.. drawn.Submission.Programmes.Select(p => p with { SourceRow = 0 })];

        public IReadOnlyList<Programme> Take(int count)
        {
            while (_rows.Count < count)
            {
                var row = ProgrammeRows.One(random, drawn.Context, random.Pick(Kinds, k => k.Weight).Kind, 0);
                if (_seen.Add(row))
                {
                    _rows.Add(row with { SourceRow = SubmissionLayout.FirstDataRow + _rows.Count });
                }
            }

            return _rows[..count];
        }
    }
}
