using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Validation;

namespace VolunteerDW.Tests.Validation;

/// <summary>A mistyped field code is matched to the code it was meant to be, and only to a near one.</summary>
public sealed class NearestCodeTests
{
    private static readonly string[] Programmes = [.. SubmissionLayout.Programmes.Fields.Select(f => f.Code)];

    [Theory]
    [InlineData("peopel", "people", 1)]
    [InlineData("people", "people", 0)]
    [InlineData("pepole", "people", 1)]
    [InlineData("pepl", "people", 2)]
    [InlineData("new_subject", "new_subjects", 1)]
    [InlineData("", "text", 4)]
    public void Edits_are_counted_with_a_swap_of_neighbours_as_one(string typed, string code, int distance) =>
        Assert.Equal(distance, NearestCode.Distance(typed, code));

    [Theory]
    [InlineData("volunters", "volunteers")]
    [InlineData("fundng_kzt", "funding_kzt")]
    [InlineData("start-date", "start_date")]
    [InlineData("titel", "title")]
    [InlineData("notes", null)]
    [InlineData("name", null)]
    [InlineData("txt", null)]
    public void A_code_is_matched_to_a_near_one_or_to_none(string typed, string? meant) =>
        Assert.Equal(meant, NearestCode.Among(typed, Programmes));
}
