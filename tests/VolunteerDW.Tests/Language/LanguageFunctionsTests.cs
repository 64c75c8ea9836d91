using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Warehouse.Localization;

// The test project has a namespace VolunteerDW.Tests.BlankReturn, which hides Scriban's Template.
using ScribanTemplate = Scriban.Template;

namespace VolunteerDW.Tests.Languages;

// Every function through a real template: parsed, rendered with the functions and a model whose
// `value` holds what a report would pass (long, decimal, DateOnly, null …).
public sealed class LanguageFunctionsTests
{
    private const string Nbsp = "\u00A0";
    private const string Minus = "\u2212";

    public static TheoryData<Language, string, object?, string> Numbers => new()
    {
        { Language.Kk, "{{ num 1234567 }}", null, $"1{Nbsp}234{Nbsp}567" },
        { Language.Ru, "{{ num(1234.56, 1) }}", null, $"1{Nbsp}234,6" },
        { Language.En, "{{ num(1234.56, 1) }}", null, "1,234.6" },
        { Language.Ru, "{{ num value }}", 5_000_000_000L, $"5{Nbsp}000{Nbsp}000{Nbsp}000" },
        { Language.Kk, "{{ num value 1 }}", 12.25m, "12,3" },
        { Language.En, "{{ num value }}", 7, "7" },
        { Language.Kk, "{{ num(-42) }}", null, $"{Minus}42" },
        { Language.Ru, "{{ value | num 2 }}", 0.5, "0,50" },
        { Language.Kk, "{{ num value }}", null, "—" },
        { Language.Kk, "{{ pct 0.153 }}", null, "15,3%" },
        { Language.En, "{{ pct 0.153 }}", null, "15.3%" },
        { Language.Ru, "{{ pct(0.153, 0) }}", null, "15%" },
        { Language.Ru, "{{ pct value }}", 1, "100,0%" },
        { Language.Ru, "{{ value | pct }}", 0.153, "15,3%" },
        { Language.Ru, "{{ pct value }}", null, "—" },
        { Language.Ru, "{{ signed_pct 0.125 }}", null, "+12,5%" },
        { Language.En, "{{ signed_pct 0.125 }}", null, "+12.5%" },
        { Language.Kk, "{{ signed_pct(-0.03) }}", null, $"{Minus}3,0%" },
        { Language.Kk, "{{ signed_pct 0 }}", null, "0,0%" },
        { Language.Ru, "{{ signed_pct(0.125, 0) }}", null, "+13%" },
        { Language.Ru, "{{ signed_pct value }}", null, "—" },
    };

    public static TheoryData<Language, string, object?, string> Words => new()
    {
        { Language.Ru, "{{ value }} {{ plural value 'волонтер' 'волонтера' 'волонтеров' }}", 21, "21 волонтер" },
        { Language.Ru, "{{ plural value 'волонтер' 'волонтера' 'волонтеров' }}", 22L, "волонтера" },
        { Language.Ru, "{{ plural value 'волонтер' 'волонтера' 'волонтеров' }}", 111, "волонтеров" },
        { Language.Ru, "{{ plural 2.5 'волонтер' 'волонтера' 'волонтеров' }}", null, "волонтера" },
        { Language.Ru, "{{ plural value 'волонтер' 'волонтера' 'волонтеров' }}", null, "волонтеров" },
        { Language.Kk, "{{ plural value 'волонтер' 'волонтер' 'волонтер' }}", 5, "волонтер" },
        { Language.En, "{{ plural value 'volunteer' 'volunteers' 'volunteers' }}", 1, "volunteer" },
        { Language.En, "{{ plural value 'volunteer' 'volunteers' 'volunteers' }}", 5, "volunteers" },
        { Language.En, "{{ plural 1.5 'volunteer' 'volunteers' 'volunteers' }}", null, "volunteers" },
        { Language.Kk, "{{ with_case 1234 'dative' }}", null, $"1{Nbsp}234-ке" },
        { Language.Kk, "{{ with_case 6 'dative' }}", null, "6-ға" },
        { Language.Kk, "{{ with_case 20 'ablative' }}", null, "20-дан" },
        { Language.Kk, "{{ with_case 100 'dative' }}", null, "100-ге" },
        { Language.Kk, "{{ with_case value 'dative' }}", 1000L, $"1{Nbsp}000-ға" },
        { Language.Kk, "{{ with_case value 'genitive' }}", 1_000_000, $"1{Nbsp}000{Nbsp}000-ның" },
        { Language.Kk, "{{ with_case value 'instrumental' }}", 1_000_000_000L, $"1{Nbsp}000{Nbsp}000{Nbsp}000-пен" },
        { Language.Kk, "{{ with_case(2.5, 'locative', 1) }}", null, "2,5-те" },
        { Language.Kk, "{{ with_case 5 'possessive' }}", null, "5-і" },
        { Language.Kk, "{{ value | with_case 'ablative' }}", 10, "10-нан" },
        { Language.Kk, "{{ with_case value 'dative' }}", null, "—" },
        { Language.Kk, "Волонтерлер саны {{ with_case value 'dative' }} жетті", 1_234_567L, $"Волонтерлер саны 1{Nbsp}234{Nbsp}567-ге жетті" },
        { Language.Ru, "{{ with_case 1234 'dative' }}", null, $"1{Nbsp}234" },
        { Language.En, "{{ with_case 1234 'dative' }}", null, "1,234" },
        { Language.Kk, "{{ pct_case 0.153 'dative' }}", null, "15,3%-ға" },
        { Language.Kk, "{{ pct_case(0.05, 'dative', 0) }}", null, "5%-ға" },
        { Language.Kk, "{{ pct_case(0.03, 'dative', 0) }}", null, "3%-ға" },
        { Language.Kk, "{{ pct_case(0.2, 'ablative', 0) }}", null, "20%-дан" },
        { Language.Kk, "{{ pct_case(value, 'possessive', 0) }}", 0.15, "15%-ы" },
        { Language.Kk, "{{ pct_case value 'dative' }}", null, "—" },
        { Language.Ru, "{{ pct_case 0.153 'dative' }}", null, "15,3%" },
        { Language.En, "{{ pct_case 0.153 'dative' }}", null, "15.3%" },
    };

    public static TheoryData<Language, string, object?, string> Dates => new()
    {
        { Language.Kk, "{{ date value }}", new DateOnly(2026, 7, 25), "2026 жылғы 25 шілде" },
        { Language.Ru, "{{ date value }}", new DateOnly(2026, 7, 25), "25 июля 2026 г." },
        { Language.En, "{{ date value }}", new DateOnly(2026, 7, 25), "25 July 2026" },
        { Language.Ru, "{{ date value }}", new DateTime(2027, 1, 25, 18, 0, 0, DateTimeKind.Unspecified), "25 января 2027 г." },
        { Language.Kk, "{{ date value }}", new DateTimeOffset(2027, 1, 25, 23, 30, 0, TimeSpan.FromHours(5)), "2027 жылғы 25 қаңтар" },
        { Language.Kk, "{{ date value }}", null, "—" },
        { Language.Kk, "{{ month 7 }}", null, "шілде" },
        { Language.Ru, "{{ month value }}", 12L, "декабрь" },
        { Language.En, "{{ month 1 }}", null, "January" },
        { Language.Kk, "{{ quarter_label 20262 }}", null, "2026 жылғы 2-тоқсан" },
        { Language.Ru, "{{ quarter_label value }}", 20262L, "2-й квартал 2026 г." },
        { Language.En, "{{ quarter_label 20262 }}", null, "2026 Q2" },
        { Language.Kk, "{{ half_label 20261 }}", null, "2026 жылғы 1-жартыжылдық" },
        { Language.Ru, "{{ half_label 20261 }}", null, "1-е полугодие 2026 г." },
        { Language.En, "{{ half_label value }}", 20262, "2026 H2" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Numbers_percentages_and_changes_render_in_the_templates_language(Language language, string template, object? value, string expected) =>
        Assert.Equal(expected, Render(language, template, value));

    [Theory]
    [MemberData(nameof(Words))]
    public void Plurals_and_case_endings_render_in_the_templates_language(Language language, string template, object? value, string expected) =>
        Assert.Equal(expected, Render(language, template, value));

    [Theory]
    [MemberData(nameof(Dates))]
    public void Dates_months_and_periods_render_in_the_templates_language(Language language, string template, object? value, string expected) =>
        Assert.Equal(expected, Render(language, template, value));

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    [InlineData(Language.En)]
    public void An_unknown_case_name_fails_in_every_language_and_says_where(Language language)
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render(language, "line 1\n{{ with_case 5 'dativ' }}"));

        Assert.Contains("Unknown case \"dativ\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("(2,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_passed_for_a_number_is_an_error_not_a_zero()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Render(Language.Ru, "{{ num value }}", "12"));

        Assert.Contains("Expected a number", error.Message, StringComparison.Ordinal);
    }

    private static string Render(Language language, string template, object? value = null)
    {
        var parsed = ScribanTemplate.Parse(template);
        Assert.False(parsed.HasErrors, string.Join("; ", parsed.Messages));
        var context = new TemplateContext();
        context.PushGlobal(new LanguageFunctions(language));
        context.PushGlobal(new ScriptObject { { "value", value } });
        return parsed.Render(context);
    }
}
