using VolunteerDW.Etl.Reading;

namespace VolunteerDW.Tests.Workbooks;

/// <summary>A formula's text, as stored (without its '='), names another workbook or not.</summary>
public sealed class ExternalReferenceTests
{
    [Theory]
    [InlineData("[1]Sheet1!$B$2")]
    [InlineData("'[1]My sheet'!A1")]
    [InlineData("'[2]Жиынтық ''Q2'''!C3")]
    [InlineData("SUM([1]Sheet1!B2:B9)")]
    [InlineData("C3+[12]Sheet1!B2")]
    [InlineData("[1]!Total")]
    [InlineData("IF(A1=\"\",[1]Sheet1!A1,0)")]
    [InlineData("'C:\\Returns\\[draft.xlsx]Sheet1'!A1")]
    [InlineData("SUM(Counts[2026])+[1]Sheet1!A1")]
    public void A_reference_to_another_workbook_is_found(string formula) => Assert.True(ExternalReference.In(formula));

    [Theory]
    [InlineData("SUM(D3:E3)")]
    [InlineData("'My sheet'!A1")]
    [InlineData("IF(C3>0,C3,\"[1]Sheet1!B2\")")]
    [InlineData("\"say \"\"[1]\"\"\"&A1")]
    [InlineData("SUM(Counts[2026])")]
    [InlineData("Counts[[#This Row],[2026]]")]
    [InlineData("Counts[[#Data],['[1']]")]
    [InlineData("[0]!Total")]
    [InlineData("[1")]
    [InlineData("[]Sheet1!A1")]
    public void Brackets_in_text_a_table_reference_or_this_workbook_are_no_link(string formula) => Assert.False(ExternalReference.In(formula));
}
