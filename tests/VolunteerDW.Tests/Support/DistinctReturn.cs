using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// A region's return in which no two fields of a row hold the same value — counts, dates, codes and
/// texts all differ from each other, from the row's number and from the other rows' — so a value
/// staged in another column than its own cannot read back as right.
/// </summary>
internal static class DistinctReturn
{
    public const string Unit = "100000000";

    public static ReturnBuilder Builder() => new(Unit, isRegion: true)
    {
        Subjects =
        [
            new SubjectCount(3, "volunteer_group", "environment", Subjects: 11, People: 29, NewSubjects: 5),
            new SubjectCount(4, "coordinator", "disaster_relief", Subjects: 13, People: 31, NewSubjects: 7),
        ],
        Consolidated =
        [
            new SubjectCount(3, "volunteer_organization", "search", Subjects: 17, People: 37, NewSubjects: 2),
            new SubjectCount(4, "volunteer", "other", Subjects: 19, People: 41, NewSubjects: 6),
        ],
        Programmes =
        [
            new Programme(3, "project", "Жастар үйі", "social_services", new DateOnly(2026, 4, 6), new DateOnly(2026, 6, 22),
                StatePartner: "Қала әкімдігі", Volunteers: 43, Beneficiaries: 67, VolunteerHours: 89, FundingKzt: 9_700_000_001),
            new Programme(4, "programme", "«Қамқор»", "emergency_support", new DateOnly(2026, 4, 9), new DateOnly(2026, 5, 28),
                StatePartner: "Денсаулық басқармасы", Volunteers: 47, Beneficiaries: 71, VolunteerHours: 97, FundingKzt: 8_300_000_003),
        ],
        Practices =
        [
            new Practice(3, "proposal", "role_of_volunteering", "social_assistance", "Мектептегі клуб", "Әр мектепте волонтерлер клубы болсын."),
            new Practice(4, "positive_experience", null, "search", "Іздеу отряды", "Отряд түнде де шығады."),
        ],
    };

    /// <summary>What a subjects or consolidated row must read back as, by the staging table's column names.</summary>
    public static Dictionary<string, object?> Counted(SubjectCount row) => new()
    {
        ["source_row"] = (long)row.SourceRow,
        ["subject_type_code"] = row.SubjectType,
        ["activity_type_code"] = row.ActivityType,
        ["subjects"] = row.Subjects,
        ["people"] = row.People,
        ["new_subjects"] = row.NewSubjects,
    };

    public static Dictionary<string, object?> Programme(Programme row) => new()
    {
        ["source_row"] = (long)row.SourceRow,
        ["programme_kind"] = row.Kind,
        ["title"] = row.Title,
        ["activity_type_code"] = row.ActivityType,
        ["start_date_key"] = (long)DateKeys.Of(row.StartDate),
        ["end_date_key"] = row.EndDate is { } end ? (long)DateKeys.Of(end) : null,
        ["state_partner"] = row.StatePartner,
        ["volunteers"] = row.Volunteers,
        ["beneficiaries"] = row.Beneficiaries,
        ["volunteer_hours"] = row.VolunteerHours,
        ["funding_kzt"] = row.FundingKzt,
    };

    public static Dictionary<string, object?> Practice(Practice row) => new()
    {
        ["source_row"] = (long)row.SourceRow,
        ["practice_kind"] = row.Kind,
        ["proposal_area"] = row.ProposalArea,
        ["activity_type_code"] = row.ActivityType,
        ["title"] = row.Title,
        ["practice_text"] = row.Text,
    };
}
