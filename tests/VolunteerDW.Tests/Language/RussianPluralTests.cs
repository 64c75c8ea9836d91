using VolunteerDW.Reports.Languages;

namespace VolunteerDW.Tests.Languages;

public sealed class RussianPluralTests
{
    [Theory]
    [InlineData(0, "волонтеров")]
    [InlineData(1, "волонтер")]
    [InlineData(2, "волонтера")]
    [InlineData(3, "волонтера")]
    [InlineData(4, "волонтера")]
    [InlineData(5, "волонтеров")]
    [InlineData(11, "волонтеров")]
    [InlineData(12, "волонтеров")]
    [InlineData(14, "волонтеров")]
    [InlineData(21, "волонтер")]
    [InlineData(22, "волонтера")]
    [InlineData(25, "волонтеров")]
    [InlineData(101, "волонтер")]
    [InlineData(111, "волонтеров")]
    [InlineData(112, "волонтеров")]
    [InlineData(114, "волонтеров")]
    [InlineData(1000, "волонтеров")]
    [InlineData(1001, "волонтер")]
    [InlineData(2.5, "волонтера")]
    [InlineData(1.5, "волонтера")]
    [InlineData(0.5, "волонтера")]
    [InlineData(-1, "волонтер")]
    [InlineData(-2, "волонтера")]
    [InlineData(-11, "волонтеров")]
    [InlineData(-2.5, "волонтера")]
    public void The_form_follows_the_last_two_digits_and_a_fraction_takes_the_genitive_singular(double number, string expected) =>
        Assert.Equal(expected, RussianPlural.Choose((decimal)number, "волонтер", "волонтера", "волонтеров"));

    [Fact]
    public void Numbers_beyond_int_are_read_by_their_last_digits() =>
        Assert.Equal("акция", RussianPlural.Choose(9_000_000_000_000_000_001m, "акция", "акции", "акций"));
}
