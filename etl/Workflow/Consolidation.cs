using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Workflow;

/// <summary>
/// Where a region's consolidated figures for a quarter start (Rules §8): per subject type × activity
/// type, the sum of the current returns of its districts and cities that the region has accepted,
/// plus the region's own rows — what its <c>consolidated</c> sheet is pre-filled with, for the region
/// to confirm or correct — beside what it claimed; and which districts were counted and which were
/// not (not accepted, or no return). Differences between a claim and its districts stay the
/// reconciliation's findings (<c>v_reconciliation</c>); this is the starting point, not a check.
/// </summary>
/// <param name="Sheet">The region's approval sheet: its own return and each district's, where each stands.</param>
/// <param name="Cells">Every subject type × activity type, in the template's order.</param>
/// <param name="Counted">The districts whose accepted returns the figures count.</param>
/// <param name="NotCounted">The districts left out: their return not accepted, or none sent.</param>
public sealed record Consolidation(ApprovalSheet Sheet, IReadOnlyList<ConsolidationCell> Cells, IReadOnlyList<ApprovalLine> Counted, IReadOnlyList<ApprovalLine> NotCounted)
{
    /// <summary>Whether the region has sent its own return for the quarter.</summary>
    public bool HasOwnReturn => Sheet.Region.Version is not null;

    /// <summary>The pre-filled <c>consolidated</c> sheet: every cell's total, codes as the template lists them.</summary>
    public IReadOnlyList<SubjectCount> ConsolidatedRows =>
    [
        .. Cells.Select((cell, i) => new SubjectCount(SubmissionLayout.FirstDataRow + i, cell.SubjectType.Code, cell.ActivityType.Code,
            cell.Total.Subjects, cell.Total.People, cell.Total.NewSubjects)),
    ];

    /// <summary>The consolidation of <paramref name="regionKato"/> for the quarter; null when it is not a region at the quarter's end.</summary>
    public static async Task<Consolidation?> ReadAsync(DbConnection connection, DimensionSnapshot dimensions, string regionKato, Quarter quarter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dimensions);
        if (await ApprovalSheet.ReadAsync(connection, dimensions, regionKato, quarter, cancellationToken: cancellationToken) is not { } sheet)
        {
            return null;
        }

        var parameters = new { region = regionKato, quarter = quarter.Key, accepted = WorkflowStates.AcceptedByRegion };
        var figures = await CellsAsync(connection, ConsolidationSql.Figures, parameters, cancellationToken);
        var claims = await CellsAsync(connection, ConsolidationSql.Claims, parameters, cancellationToken);
        var counted = (await connection.QueryAsync<string>(new CommandDefinition(ConsolidationSql.CountedDistricts, parameters, cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);

        SubjectFigures Of(IReadOnlyDictionary<(int, int, int), SubjectFigures> rows, ClassifierRow subject, ClassifierRow activity, int tier) =>
            rows.GetValueOrDefault((subject.Key, activity.Key, tier)) ?? SubjectFigures.NotReported;
        var cells = dimensions.SubjectTypes.SelectMany(_ => dimensions.ActivityTypes, (subject, activity) =>
            new ConsolidationCell(subject, activity, Of(figures, subject, activity, 1), Of(figures, subject, activity, 2), Of(claims, subject, activity, 2)));
        var districts = sheet.Districts.ToLookup(line => counted.Contains(line.Unit.KatoCode));
        return new Consolidation(sheet, [.. cells], [.. districts[true]], [.. districts[false]]);
    }

    // Each row's counts by subject type, activity type and the tier of the return they come from.
    private static async Task<IReadOnlyDictionary<(int, int, int), SubjectFigures>> CellsAsync(DbConnection connection, string sql, object parameters,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CountRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))
            .ToDictionary(row => (row.SubjectTypeKey, row.ActivityTypeKey, row.Tier), row => new SubjectFigures(row.Subjects, row.People, row.NewSubjects));

    // Read by property, so each engine's integer types convert alike.
    private sealed record CountRow
    {
        public int SubjectTypeKey { get; init; }

        public int ActivityTypeKey { get; init; }

        public int Tier { get; init; }

        public long? Subjects { get; init; }

        public long? People { get; init; }

        public long? NewSubjects { get; init; }
    }
}
