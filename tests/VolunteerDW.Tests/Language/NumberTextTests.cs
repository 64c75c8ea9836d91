using VolunteerDW.Reports.Languages;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Languages;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData(1234567L, Language.Kk, "1\u00A0234\u00A0567")]
    [InlineData(1234567L, Language.Ru, "1\u00A0234\u00A0567")]
    [InlineData(1234567L, Language.En, "1,234,567")]
    [InlineData(1000L, Language.Ru, "1\u00A0000")]
    [InlineData(1000L, Language.En, "1,000")]
    [InlineData(999L, Language.Kk, "999")]
    [InlineData(0L, Language.Kk, "0")]
    [InlineData(0L, Language.En, "0")]
    [InlineData(-1234L, Language.Kk, "\u22121\u00A0234")]
    [InlineData(-1234L, Language.Ru, "\u22121\u00A0234")]
    [InlineData(-1234L, Language.En, "\u22121,234")]
    [InlineData(long.MaxValue, Language.En, "9,223,372,036,854,775,807")]
    [InlineData(null, Language.Kk, "—")]
    [InlineData(null, Language.Ru, "—")]
    [InlineData(null, Language.En, "—")]
    public void Whole_numbers_group_thousands_as_each_language_does(long? value, Language language, string expected) =>
        Assert.Equal(expected, NumberText.WithDecimals(value, 0, language));

    [Theory]
    [InlineData(12.5, 1, Language.Kk, "12,5")]
    [InlineData(12.5, 1, Language.Ru, "12,5")]
    [InlineData(12.5, 1, Language.En, "12.5")]
    [InlineData(1234.5678, 2, Language.Ru, "1\u00A0234,57")]
    [InlineData(1234.5678, 2, Language.En, "1,234.57")]
    [InlineData(12.5, 0, Language.Kk, "13")]
    [InlineData(2.25, 1, Language.Kk, "2,3")]
    [InlineData(-2.25, 1, Language.Kk, "\u22122,3")]
    [InlineData(2.675, 2, Language.En, "2.68")]
    [InlineData(3.0, 2, Language.Ru, "3,00")]
    [InlineData(-0.04, 1, Language.Ru, "0,0")]
    [InlineData(null, 1, Language.Ru, "—")]
    public void Decimals_are_rounded_half_away_from_zero_and_written_with_the_languages_separator(double? value, int decimals, Language language, string expected) =>
        Assert.Equal(expected, NumberText.WithDecimals(NumberValue.From(value), decimals, language));

    [Theory]
    [InlineData(0.153, 1, Language.Kk, "15,3%")]
    [InlineData(0.153, 1, Language.Ru, "15,3%")]
    [InlineData(0.153, 1, Language.En, "15.3%")]
    [InlineData(1.0, 1, Language.Kk, "100,0%")]
    [InlineData(0.0, 1, Language.Ru, "0,0%")]
    [InlineData(0.0125, 1, Language.Ru, "1,3%")]
    [InlineData(0.12345, 2, Language.En, "12.35%")]
    [InlineData(0.5, 0, Language.Kk, "50%")]
    [InlineData(-0.05, 1, Language.Kk, "\u22125,0%")]
    [InlineData(12.5, 0, Language.Ru, "1\u00A0250%")]
    [InlineData(null, 1, Language.Kk, "—")]
    [InlineData(null, 1, Language.En, "—")]
    public void Percentages_are_written_from_fractions(double? fraction, int decimals, Language language, string expected) =>
        Assert.Equal(expected, NumberText.Percent(NumberValue.From(fraction), decimals, language));

    [Theory]
    [InlineData(0.125, Language.Kk, "+12,5%")]
    [InlineData(0.125, Language.Ru, "+12,5%")]
    [InlineData(0.125, Language.En, "+12.5%")]
    [InlineData(-0.03, Language.Kk, "\u22123,0%")]
    [InlineData(-0.03, Language.En, "\u22123.0%")]
    [InlineData(0.0, Language.Ru, "0,0%")]
    [InlineData(0.0004, Language.Ru, "0,0%")]
    [InlineData(-0.0004, Language.Ru, "0,0%")]
    [InlineData(2.0, Language.Ru, "+200,0%")]
    [InlineData(null, Language.Ru, "—")]
    public void Changes_carry_a_plus_or_a_real_minus_and_a_zero_change_no_sign(double? fraction, Language language, string expected) =>
        Assert.Equal(expected, NumberText.SignedPercent(NumberValue.From(fraction), 1, language));

    [Fact]
    public void Kazakh_and_Russian_numbers_never_break_at_an_ordinary_space_nor_use_a_hyphen_for_minus()
    {
        var texts = new[] { Language.Kk, Language.Ru }.SelectMany(language => new[]
        {
            NumberText.WithDecimals(-987654321, 0, language),
            NumberText.WithDecimals(-1234567.891m, 2, language),
            NumberText.Percent(-123.4m, 1, language),
        });

        Assert.All(texts, text => Assert.DoesNotContain(' ', text));
        Assert.All(texts, text => Assert.DoesNotContain('-', text));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(NumberText.MaxDecimals + 1)]
    public void Decimal_places_out_of_range_are_refused(int decimals) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.WithDecimals(1m, decimals, Language.Kk));
}
