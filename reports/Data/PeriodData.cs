using System.Data.Common;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Reports.Data;

/// <summary>
/// Every dataset a report needs, read once: figures over a window of quarters (for trends and
/// comparisons), and the items, returns, timeliness and findings of the report's own quarters.
/// </summary>
public sealed record PeriodData
{
    public required IReadOnlyList<SubjectRow> Subjects { get; init; }

    public required IReadOnlyList<ProgrammeRow> Programmes { get; init; }

    /// <summary>How each quarter of the window counts and values volunteer hours.</summary>
    public required IReadOnlyList<ValuationRow> Valuations { get; init; }

    public required IReadOnlyList<RegionRow> Regions { get; init; }

    public required IReadOnlyList<ClassifierEntry> SubjectTypes { get; init; }

    public required IReadOnlyList<ClassifierEntry> ActivityTypes { get; init; }

    public required IReadOnlyList<PracticeRow> Practices { get; init; }

    public required IReadOnlyList<QuarterRow> Quarters { get; init; }

    /// <summary>Each expected unit's timeliness in each of the report's quarters, by quarter and unit.</summary>
    public required IReadOnlyList<TimelinessRow> Timeliness { get; init; }

    public required IReadOnlyList<ReconciliationRow> Reconciliation { get; init; }

    public required IReadOnlyList<SourceRow> Sources { get; init; }

    public required DimensionSnapshot Dimensions { get; init; }

    /// <summary>Each region's name, by KATO code.</summary>
    public IReadOnlyDictionary<string, Label> RegionNames => Regions.ToDictionary(r => r.Kato, r => r.Name, StringComparer.Ordinal);

    /// <summary>When the latest of the returns the report is computed from was loaded; null when there are none.</summary>
    public DateTimeOffset? LatestLoad => Sources.Count == 0 ? null : new DateTimeOffset(Sources.Max(s => s.LoadedAtUtc), TimeSpan.Zero);

    /// <summary>
    /// What a report made at <paramref name="now"/> reads: a report speaks as of its time, so the
    /// timeliness of the period's quarters is first brought up to that moment, by the evaluator the
    /// loader uses — written only for a quarter where it has moved on (a unit's deadline passed
    /// since), so a report of settled quarters only reads — and then everything is read.
    /// </summary>
    public static async Task<PeriodData> LoadAsOfAsync(WarehouseConnectionFactory connections, (Quarter From, Quarter To) window, (Quarter From, Quarter To) period,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, cancellationToken);
        var behind = new List<Quarter>();
        foreach (var quarter in Quarter.Range(period.From, period.To))
        {
            if (!await TimelinessEvaluator.IsCurrentAsync(connection, dimensions, quarter, now))
            {
                behind.Add(quarter);
            }
        }

        if (behind.Count > 0)
        {
            await using var transaction = await connections.BeginWriteAsync(connection, cancellationToken);
            foreach (var quarter in behind)
            {
                await TimelinessEvaluator.RefreshQuarterAsync(transaction, dimensions, quarter, now);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return await LoadAsync(connection, window, period, cancellationToken);
    }

    /// <summary>Reads figures for <paramref name="window"/> and the rest for <paramref name="period"/> (both inclusive).</summary>
    public static async Task<PeriodData> LoadAsync(DbConnection connection, (Quarter From, Quarter To) window, (Quarter From, Quarter To) period, CancellationToken cancellationToken)
    {
        var wide = new { from_quarter = window.From.Key, to_quarter = window.To.Key };
        var own = new { from_quarter = period.From.Key, to_quarter = period.To.Key };
        var classifiers = await ReportQueries.QueryAsync<ClassifierEntry>(connection, "classifiers", null, cancellationToken);
        return new PeriodData
        {
            Subjects = await ReportQueries.QueryAsync<SubjectRow>(connection, "subjects_by_region_quarter", wide, cancellationToken),
            Programmes = await ReportQueries.QueryAsync<ProgrammeRow>(connection, "programmes_by_region_quarter", wide, cancellationToken),
            Valuations = await ReportQueries.QueryAsync<ValuationRow>(connection, "work_valuation", wide, cancellationToken),
            Regions = await ReportQueries.QueryAsync<RegionRow>(connection, "regions", new { date_key = DateKeys.Of(period.To.LastDay), quarter_key = period.To.Key }, cancellationToken),
            SubjectTypes = [.. classifiers.Where(c => c.Classifier == "subject_type")],
            ActivityTypes = [.. classifiers.Where(c => c.Classifier == "activity_type")],
            Practices = await ReportQueries.QueryAsync<PracticeRow>(connection, "practices", own, cancellationToken),
            Quarters = await ReportQueries.QueryAsync<QuarterRow>(connection, "quarters", own, cancellationToken),
            Timeliness = await ReportQueries.QueryAsync<TimelinessRow>(connection, "timeliness", own, cancellationToken),
            Reconciliation = await ReportQueries.QueryAsync<ReconciliationRow>(connection, "reconciliation_findings", own, cancellationToken),
            Sources = await ReportQueries.QueryAsync<SourceRow>(connection, "sources", own, cancellationToken),
            Dimensions = await DimensionSnapshot.LoadAsync(connection, cancellationToken),
        };
    }
}
