using Scriban.Runtime;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Languages;

/// <summary>
/// The language helpers a report template calls, for the one language it is rendered in:
/// <c>num(value, decimals = 0)</c>, <c>pct(fraction, decimals = 1)</c>,
/// <c>signed_pct(fraction, decimals = 1)</c>, <c>plural(number, one, few, many)</c>,
/// <c>with_case(value, case, decimals = 0)</c>, <c>pct_case(fraction, case, decimals = 1)</c>,
/// <c>date(date)</c>, <c>month(number)</c>, <c>quarter_label(key)</c>, <c>half_label(key)</c>.
/// Push it as a global of the template's context.
/// </summary>
/// <remarks>
/// Numbers may come as int, long, double, decimal or null (see <see cref="NumberValue"/>); null
/// is written "—". Case names are dative, ablative, locative, genitive, accusative,
/// instrumental and possessive; in ru and en, where a case is said with the words around the
/// number, <c>with_case</c> and <c>pct_case</c> write the number alone, so one call serves every
/// language. <c>date</c> hides Scriban's built-in <c>date</c> object: templates take dates from
/// the model, never from the clock.
/// </remarks>
public sealed class LanguageFunctions : ScriptObject
{
    private readonly Language _language;

    public LanguageFunctions(Language language)
        : base(capacity: 10, autoImportStaticsFromThisType: false)
    {
        _language = language;
        this.Import("num", new Func<object?, int, string>(Num));
        this.Import("pct", new Func<object?, int, string>(Pct));
        this.Import("signed_pct", new Func<object?, int, string>(SignedPct));
        this.Import("plural", new Func<object?, string, string, string, string>(Plural));
        this.Import("with_case", new Func<object?, string, int, string>(WithCase));
        this.Import("pct_case", new Func<object?, string, int, string>(PctCase));
        this.Import("date", new Func<object?, string>(Date));
        this.Import("month", new Func<int, string>(Month));
        this.Import("quarter_label", new Func<int, string>(QuarterLabel));
        this.Import("half_label", new Func<int, string>(HalfLabel));
    }

    // Scriban fills a parameter the template leaves out with the method's default value.
    private string Num(object? value, int decimals = 0) => NumberText.WithDecimals(NumberValue.From(value), decimals, _language);

    private string Pct(object? fraction, int decimals = 1) => NumberText.Percent(NumberValue.From(fraction), decimals, _language);

    private string SignedPct(object? fraction, int decimals = 1) => NumberText.SignedPercent(NumberValue.From(fraction), decimals, _language);

    // Kazakh nouns do not change after a number (5 волонтер), so kk takes the first form.
    // A figure that was not reported goes with the form a zero takes.
    private string Plural(object? number, string one, string few, string many)
    {
        var value = NumberValue.From(number) ?? 0;
        return _language switch
        {
            Language.Kk => one,
            Language.Ru => RussianPlural.Choose(value, one, few, many),
            _ => Math.Abs(value) == 1 ? one : many,
        };
    }

    private string WithCase(object? value, string caseName, int decimals = 0)
    {
        var grammaticalCase = CaseNamed(caseName);
        var number = NumberValue.From(value);
        var text = NumberText.WithDecimals(number, decimals, _language);
        return number is { } n && _language == Language.Kk ? $"{text}-{KazakhSuffix.After(n, decimals, grammaticalCase)}" : text;
    }

    private string PctCase(object? fraction, string caseName, int decimals = 1)
    {
        var grammaticalCase = CaseNamed(caseName);
        var share = NumberValue.From(fraction);
        var text = NumberText.Percent(share, decimals, _language);
        return share is not null && _language == Language.Kk ? $"{text}-{KazakhSuffix.AfterPercent(grammaticalCase)}" : text;
    }

    private string Date(object? value) => value switch
    {
        null => NumberText.NotReported,
        DateOnly date => DateText.Date(date, _language),
        DateTime time => DateText.Date(DateOnly.FromDateTime(time), _language),
        DateTimeOffset time => DateText.Date(DateOnly.FromDateTime(time.DateTime), _language),
        _ => throw new ArgumentException($"date expects a date, got {value.GetType().Name} \"{value}\".", nameof(value)),
    };

    private string Month(int number) => DateText.Month(number, _language);

    private string QuarterLabel(int key) => DateText.Quarter(key).In(_language);

    private string HalfLabel(int key) => DateText.Half(key).In(_language);

    private static KazakhCase CaseNamed(string name) => name switch
    {
        "dative" => KazakhCase.Dative,
        "ablative" => KazakhCase.Ablative,
        "locative" => KazakhCase.Locative,
        "genitive" => KazakhCase.Genitive,
        "accusative" => KazakhCase.Accusative,
        "instrumental" => KazakhCase.Instrumental,
        "possessive" => KazakhCase.Possessive,
        _ => throw new ArgumentException(
            $"Unknown case \"{name}\": expected dative, ablative, locative, genitive, accusative, instrumental or possessive.", nameof(name)),
    };
}
