using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Judges each expected unit's quarterly return against its hop's deadline (Rules §7, §8): a
/// district by the date its workbook says it was sent up, against the 5th; a region by the date the
/// ministry received it, against the 10th. Only the first accepted version counts. A unit with no
/// return is missing once the deadline has passed, pending before.
/// </summary>
public static class TimelinessEvaluator
{
    /// <summary>Re-evaluates every expected unit of a quarter, as of now.</summary>
    public static async Task<IReadOnlyList<TimelinessRow>> RefreshQuarterAsync(DbTransaction transaction, DimensionSnapshot dimensions, Quarter quarter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(dimensions);
        var connection = transaction.Connection!;
        var deadlines = await DeadlinesAsync(transaction, quarter);
        var first = (await connection.QueryAsync<FirstVersion>(LoaderSql.FirstVersions, new { quarter = quarter.Key }, transaction))
            .ToDictionary(f => f.UnitKato, StringComparer.Ordinal);
        var today = KazakhstanTime.DateOf(now);
        var rows = dimensions.ReportingUnitsAt(DateKeys.Of(quarter.LastDay))
            .Select(unit => TimelinessRule.Evaluate(unit, first.GetValueOrDefault(unit.KatoCode), deadlines, today))
            .ToList();
        await connection.ExecuteAsync(LoaderSql.ClearTimeliness, new { quarter = quarter.Key }, transaction);
        Write(transaction, quarter, rows, now);
        return rows;
    }

    /// <summary>Re-evaluates one unit, when its return has just been loaded.</summary>
    public static async Task<TimelinessRow> RefreshUnitAsync(DbTransaction transaction, UnitVersionRow unit, Quarter quarter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(unit);
        var connection = transaction.Connection!;
        var deadlines = await DeadlinesAsync(transaction, quarter);
        var first = (await connection.QueryAsync<FirstVersion>(LoaderSql.FirstVersions, new { quarter = quarter.Key }, transaction))
            .FirstOrDefault(f => f.UnitKato == unit.KatoCode);
        var row = TimelinessRule.Evaluate(unit, first, deadlines, KazakhstanTime.DateOf(now));
        await connection.ExecuteAsync(LoaderSql.ClearUnitTimeliness, new { quarter = quarter.Key, region_sk = unit.RegionSk }, transaction);
        Write(transaction, quarter, [row], now);
        return row;
    }

    private static async Task<(int Tier1, int Tier2)> DeadlinesAsync(DbTransaction transaction, Quarter quarter) =>
        await transaction.Connection!.QuerySingleAsync<(int Tier1, int Tier2)>(LoaderSql.QuarterDeadlines, new { quarter = quarter.Key }, transaction);

    private static void Write(DbTransaction transaction, Quarter quarter, IEnumerable<TimelinessRow> rows, DateTimeOffset now)
    {
        using var insert = new PreparedCommand(transaction.Connection!, transaction, LoaderSql.InsertTimeliness,
            "@quarter", "@region_sk", "@tier", "@deadline_key", "@first_submission_key", "@first_accepted_date_key",
            "@days_late", "@status", "@evaluated_at_utc");
        foreach (var row in rows)
        {
            insert.Execute(quarter.Key, row.RegionSk, row.Tier, row.DeadlineKey, row.FirstSubmissionKey, row.AcceptedDateKey,
                row.DaysLate, row.Status, now.UtcDateTime);
        }
    }
}
