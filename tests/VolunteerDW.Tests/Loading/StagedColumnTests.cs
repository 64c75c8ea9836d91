using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Submissions;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// Every value a return stages reaches the fact column named for it. The return's fields all
/// differ, so two values exchanged anywhere between the sheet and the fact — in staging or in
/// conforming — read back in each other's columns.
/// </summary>
public sealed class StagedColumnTests
{
    [Fact]
    public async Task A_return_whose_every_field_differs_reads_back_from_the_facts_each_value_in_its_own_column()
    {
        await using var harness = await LoadHarness.CreateAsync();
        var builder = DistinctReturn.Builder();

        var result = await harness.LoadOneAsync(builder.WriteTo(harness.Folder));

        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        ColumnCheck.Equal("fact_subjects", [.. builder.Subjects.Select(Counted)], await harness.QueryAsync<object>(CountsIn("fact_subjects")));
        ColumnCheck.Equal("fact_region_claim", [.. builder.Consolidated.Select(Counted)], await harness.QueryAsync<object>(CountsIn("fact_region_claim")));
        ColumnCheck.Equal("fact_programme", [.. builder.Programmes.Select(Programme)], await harness.QueryAsync<object>(
            """
            SELECT f.source_row, f.programme_kind, f.title, act.code AS activity_type, f.start_date_key, f.end_date_key,
                   f.state_partner, f.in_partnership, f.volunteers, f.beneficiaries, f.volunteer_hours, f.funding_kzt
            FROM fact_programme AS f JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
            ORDER BY f.source_row
            """));
        ColumnCheck.Equal("fact_practice", [.. builder.Practices.Select(Practice)], await harness.QueryAsync<object>(
            """
            SELECT f.source_row, f.practice_kind, f.proposal_area, act.code AS activity_type, f.title, f.practice_text
            FROM fact_practice AS f LEFT JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
            ORDER BY f.source_row
            """));
    }

    private static string CountsIn(string fact) =>
        $"""
        SELECT f.source_row, st.code AS subject_type, act.code AS activity_type, f.subjects, f.people, f.new_subjects
        FROM {fact} AS f
        JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
        JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
        ORDER BY f.source_row
        """;

    private static Dictionary<string, object?> Counted(SubjectCount row) => new()
    {
        ["source_row"] = (long)row.SourceRow,
        ["subject_type"] = row.SubjectType,
        ["activity_type"] = row.ActivityType,
        ["subjects"] = row.Subjects,
        ["people"] = row.People,
        ["new_subjects"] = row.NewSubjects,
    };

    private static Dictionary<string, object?> Programme(Programme row) => new()
    {
        ["source_row"] = (long)row.SourceRow,
        ["programme_kind"] = row.Kind,
        ["title"] = row.Title,
        ["activity_type"] = row.ActivityType,
        ["start_date_key"] = (long)DateKeys.Of(row.StartDate),
        ["end_date_key"] = row.EndDate is { } end ? (long)DateKeys.Of(end) : null,
        ["state_partner"] = row.StatePartner,
        ["in_partnership"] = row.StatePartner is null ? 0L : 1L,
        ["volunteers"] = row.Volunteers,
        ["beneficiaries"] = row.Beneficiaries,
        ["volunteer_hours"] = row.VolunteerHours,
        ["funding_kzt"] = row.FundingKzt,
    };

    private static Dictionary<string, object?> Practice(Practice row) => new()
    {
        ["source_row"] = (long)row.SourceRow,
        ["practice_kind"] = row.Kind,
        ["proposal_area"] = row.ProposalArea,
        ["activity_type"] = row.ActivityType,
        ["title"] = row.Title,
        ["practice_text"] = row.Text,
    };
}
