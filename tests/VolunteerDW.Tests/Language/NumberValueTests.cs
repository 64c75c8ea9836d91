using VolunteerDW.Reports.Languages;

namespace VolunteerDW.Tests.Languages;

public sealed class NumberValueTests
{
    public static TheoryData<object?, decimal?> Numbers => new()
    {
        { 5, 5m },
        { 5_000_000_000L, 5_000_000_000m },
        { 12.5, 12.5m },
        { 12.5m, 12.5m },
        { 2.5f, 2.5m },
        { (short)7, 7m },
        { (byte)7, 7m },
        { 0.153, 0.153m },
        { null, null },
        { double.NaN, null },
        { double.PositiveInfinity, null },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Every_kind_of_number_becomes_a_decimal_and_no_figure_stays_null(object? value, decimal? expected) =>
        Assert.Equal(expected, NumberValue.From(value));

    [Fact]
    public void Text_is_not_taken_for_a_number()
    {
        var error = Assert.Throws<ArgumentException>(() => NumberValue.From("12"));

        Assert.Contains("String", error.Message, StringComparison.Ordinal);
    }
}
