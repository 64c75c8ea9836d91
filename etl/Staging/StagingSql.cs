using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.Staging;

/// <summary>
/// The staging tables, declared column by column, each column with how its value is taken from a
/// submitted row: their INSERT statements for each engine, and the binding of every value, are
/// derived from that one declaration (<see cref="StagedTable{TRow}"/>), so a value can only go to
/// the column named with it. Rows are staged in submitted codes; conforming turns them into keys.
/// </summary>
public static class StagingSql
{
    /// <summary>
    /// The subjects and consolidated sheets' rows, staged in submitted codes; the sheet each came
    /// from tells <see cref="Conforming.ConformingSql.ConformSubjects"/> from <see cref="Conforming.ConformingSql.ConformRegionClaims"/>.
    /// </summary>
    internal static StagedTable<StagedRow<SubjectCount>> StagedSubjectCounts { get; } = Staging<SubjectCount>("stg_subject_count")
        .Text("sheet", s => s.Sheet)
        .Number("source_row", s => s.Row.SourceRow)
        .Text("subject_type_code", s => s.Row.SubjectType)
        .Text("activity_type_code", s => s.Row.ActivityType)
        .Number("subjects", s => s.Row.Subjects)
        .Number("people", s => s.Row.People)
        .Number("new_subjects", s => s.Row.NewSubjects);

    internal static StagedTable<StagedRow<Programme>> StagedProgrammes { get; } = Staging<Programme>("stg_programme")
        .Number("source_row", s => s.Row.SourceRow)
        .Text("programme_kind", s => s.Row.Kind)
        .Text("title", s => s.Row.Title)
        .Text("activity_type_code", s => s.Row.ActivityType)
        .Number("start_date_key", s => DateKeys.Of(s.Row.StartDate))
        .Number("end_date_key", s => s.Row.EndDate is { } end ? DateKeys.Of(end) : null)
        .Text("state_partner", s => s.Row.StatePartner)
        .Number("volunteers", s => s.Row.Volunteers)
        .Number("beneficiaries", s => s.Row.Beneficiaries)
        .Number("volunteer_hours", s => s.Row.VolunteerHours)
        .Number("funding_kzt", s => s.Row.FundingKzt);

    internal static StagedTable<StagedRow<Practice>> StagedPractices { get; } = Staging<Practice>("stg_practice")
        .Number("source_row", s => s.Row.SourceRow)
        .Text("practice_kind", s => s.Row.Kind)
        .Text("proposal_area", s => s.Row.ProposalArea)
        .Text("activity_type_code", s => s.Row.ActivityType)
        .Text("title", s => s.Row.Title)
        .Text("practice_text", s => s.Row.Text);

    // Every staged row carries its load's id: conforming selects a submission's rows by it, and
    // clearing deletes them by it.
    private static StagedTable<StagedRow<T>> Staging<T>(string table) => new StagedTable<StagedRow<T>>(table).Text("load_id", s => s.LoadId);

    public const string ClearStagedSubjectCounts = "DELETE FROM stg_subject_count WHERE load_id = @load_id";

    public const string ClearStagedProgrammes = "DELETE FROM stg_programme WHERE load_id = @load_id";

    public const string ClearStagedPractices = "DELETE FROM stg_practice WHERE load_id = @load_id";
}
