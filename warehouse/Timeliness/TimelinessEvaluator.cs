using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Warehouse.Timeliness;

/// <summary>
/// Brings <c>fact_submission_timeliness</c> up to date: every expected unit of a quarter judged by
/// <see cref="TimelinessRule"/> as of a moment. The one writer of those rows — the loader as returns
/// arrive, <c>vdw check</c>, and each report for its own quarters before it reads them, since a
/// report speaks as of its time.
/// </summary>
public static class TimelinessEvaluator
{
    /// <summary>Re-evaluates every expected unit of a quarter, as of now.</summary>
    public static async Task<IReadOnlyList<TimelinessRow>> RefreshQuarterAsync(DbTransaction transaction, DimensionSnapshot dimensions, Quarter quarter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection!;
        var rows = await EvaluateAsync(connection, transaction, dimensions, quarter, now);
        await connection.ExecuteAsync(TimelinessSql.ClearQuarter, new { quarter = quarter.Key }, transaction);
        await connection.ExecuteAsync(TimelinessSql.Insert, rows, transaction);
        return rows;
    }

    /// <summary>
    /// Whether what is stored for a quarter is what evaluating it now would store: a reader that
    /// speaks as of now may read it as it is, without taking the write lock. Loads and checks
    /// rewrite a quarter whenever a return arrives, so mostly a unit's deadline passing moves it on.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(DbConnection connection, DimensionSnapshot dimensions, Quarter quarter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var evaluated = await EvaluateAsync(connection, null, dimensions, quarter, now);
        var stored = (await connection.QueryAsync<TimelinessRow>(TimelinessSql.StoredQuarter, new { quarter = quarter.Key })).Select(Verdict).ToHashSet();
        return stored.Count == evaluated.Count && evaluated.All(row => stored.Contains(Verdict(row)));
    }

    private static async Task<List<TimelinessRow>> EvaluateAsync(DbConnection connection, DbTransaction? transaction, DimensionSnapshot dimensions, Quarter quarter,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var deadlines = await connection.QuerySingleAsync<(int Tier1, int Tier2)>(TimelinessSql.QuarterDeadlines, new { quarter = quarter.Key }, transaction);
        var first = (await connection.QueryAsync<FirstVersion>(TimelinessSql.FirstVersions, new { quarter = quarter.Key }, transaction))
            .ToDictionary(f => f.UnitKato, StringComparer.Ordinal);
        var today = KazakhstanTime.DateOf(now);
        return [.. ExpectedUnits(dimensions, quarter)
            .Select(unit => TimelinessRule.Evaluate(unit, quarter, first.GetValueOrDefault(unit.KatoCode), deadlines, today) with { EvaluatedAtUtc = StoredTime.Of(now) })];
    }

    /// <summary>
    /// The units expected to report for a quarter, each as it stood on the quarter's last day: the
    /// districts and cities (tier 1) and the regions (tier 2). Timeliness and the reminders both ask here.
    /// </summary>
    public static IEnumerable<UnitVersionRow> ExpectedUnits(DimensionSnapshot dimensions, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        return dimensions.ReportingUnitsAt(DateKeys.Of(quarter.LastDay));
    }

    /// <summary>Re-evaluates one unit, when its return has just been loaded.</summary>
    public static async Task<TimelinessRow> RefreshUnitAsync(DbTransaction transaction, UnitVersionRow unit, Quarter quarter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(unit);
        var connection = transaction.Connection!;
        var deadlines = await DeadlinesAsync(transaction, quarter);
        var first = (await connection.QueryAsync<FirstVersion>(TimelinessSql.FirstVersions, new { quarter = quarter.Key }, transaction))
            .FirstOrDefault(f => f.UnitKato == unit.KatoCode);
        var row = TimelinessRule.Evaluate(unit, quarter, first, deadlines, KazakhstanTime.DateOf(now)) with { EvaluatedAtUtc = StoredTime.Of(now) };
        await connection.ExecuteAsync(TimelinessSql.ClearUnit, new { quarter = quarter.Key, region_sk = unit.RegionSk }, transaction);
        await connection.ExecuteAsync(TimelinessSql.Insert, row, transaction);
        return row;
    }

    // What a row says, apart from when it was said and the unit's codes the table does not hold.
    private static TimelinessRow Verdict(TimelinessRow row) => row with { UnitKato = string.Empty, RegionKato = string.Empty, EvaluatedAtUtc = default };

    private static async Task<(int Tier1, int Tier2)> DeadlinesAsync(DbTransaction transaction, Quarter quarter) =>
        await transaction.Connection!.QuerySingleAsync<(int Tier1, int Tier2)>(TimelinessSql.QuarterDeadlines, new { quarter = quarter.Key }, transaction);
}
