using VolunteerDW.Etl.Submissions;

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
}
