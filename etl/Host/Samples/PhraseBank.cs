using System.Globalization;
using System.Text.RegularExpressions;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Warehouse;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Samples;

/// <summary>A practice item's wording: its proposal area (proposals only), title and text, with slots to fill.</summary>
internal sealed record PracticeTemplate(string? ProposalArea, string Title, string Text);

/// <summary>
/// Texts in Kazakh and Russian for the samples, kept in <c>Samples/Phrases/*.txt</c>: titles of
/// programmes, projects and actions by activity type, state partners, and positive experience,
/// problems and proposals. Templates have slots — <c>{unit}</c>, <c>{year}</c>, <c>{n}</c>,
/// <c>{m}</c> — so that units sending the same proposal word it almost, not exactly, alike.
/// </summary>
internal sealed partial class PhraseBank
{
    private const string OtherActivity = "other";

    private readonly ILookup<(Language, string Kind, string Activity), string> _titles;
    private readonly ILookup<(Language, string Kind), PracticeTemplate> _practices;
    private readonly ILookup<Language, string> _partners;

    private PhraseBank()
    {
        Language[] languages = [Language.Kk, Language.Ru];
        _titles = languages.SelectMany(language => Fields($"titles-{language.Code()}.txt").Select(f => (language, f)))
            .ToLookup(x => (x.language, x.f[0], x.f[1]), x => x.f[2]);
        _practices = languages.SelectMany(language => Fields($"practices-{language.Code()}.txt").Select(f => (language, f)))
            .ToLookup(x => (x.language, x.f[0]), x => new PracticeTemplate(x.f[1] == "-" ? null : x.f[1], x.f[2], x.f[3]));
        _partners = languages.SelectMany(language => Fields($"partners-{language.Code()}.txt").Select(f => (language, f[0])))
            .ToLookup(x => x.language, x => x.Item2);
    }

    /// <summary>The bank shipped in this assembly.</summary>
    public static PhraseBank Shipped { get; } = new();

    /// <summary>The templates of one kind of practice item in a language.</summary>
    public IReadOnlyList<PracticeTemplate> Practices(Language language, string kind) => [.. _practices[(language, kind)]];

    /// <summary>A title for a programme, project or action of an activity type; a type without titles of its own borrows those of <c>other</c>.</summary>
    public string Title(SampleRandom random, Language language, string kind, string activityType, string unitName, int year)
    {
        var titles = _titles[(language, kind, activityType)].ToList();
        return Fill(random.Pick(titles.Count > 0 ? titles : [.. _titles[(language, kind, OtherActivity)]]), random, unitName, year);
    }

    public string Partner(SampleRandom random, Language language) => random.Pick([.. _partners[language]]);

    /// <summary>A template with its slots filled: a small number for <c>{n}</c>, a larger one for <c>{m}</c>.</summary>
    public static string Fill(string template, SampleRandom random, string unitName, int year)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Fill(template, unitName, year, random.Between(2, 12), random.Between(20, 900));
    }

    /// <summary>
    /// A template with its slots filled by the given numbers. <c>{n:семья/семьи/семей}</c> is the
    /// number followed by the noun in the form that agrees with it (2 семьи, 5 семей, 21 семья).
    /// </summary>
    public static string Fill(string template, string unitName, int year, int n, int m)
    {
        ArgumentNullException.ThrowIfNull(template);
        var filled = template
            .Replace("{unit}", unitName, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return NumberSlot().Replace(filled, slot =>
        {
            var number = slot.Groups["slot"].Value == "n" ? n : m;
            var text = number.ToString(CultureInfo.InvariantCulture);
            return slot.Groups["one"].Success
                ? $"{text} {RussianPlural.Choose(number, slot.Groups["one"].Value, slot.Groups["few"].Value, slot.Groups["many"].Value)}"
                : text;
        });
    }

    /// <summary>The lines of a phrase file split into fields at <c>|</c>, without comments and blank lines.</summary>
    public static IEnumerable<string[]> Fields(string file) =>
        EmbeddedFiles.Read(typeof(PhraseBank).Assembly, $"Samples/Phrases/{file}")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries));


    [GeneratedRegex(@"\{(?<slot>[nm])(?::(?<one>[^/}]+)/(?<few>[^/}]+)/(?<many>[^/}]+))?\}")]
    private static partial Regex NumberSlot();
}
