using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Samples;

/// <summary>
/// The officer who prepares a unit's returns, with the language the returns are mostly written
/// in. The same person reports for a unit all year; a new one may take over the next year.
/// </summary>
internal sealed record Preparer(Language Language, string Name, string Position, string Phone, string Email)
{
    private static readonly string[] MobilePrefixes = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"];
    private static readonly ILookup<string, string[]> People = PhraseBank.Fields("people.txt").ToLookup(fields => fields[0], StringComparer.Ordinal);

    /// <summary>The preparer for a unit in a year, drawn from the seed.</summary>
    public static Preparer For(long seed, UnitVersionRow unit, string regionEnglishName, int year)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var random = SampleRandom.For(seed, SampleStream.Preparer, year, SampleRandom.KatoKey(unit.KatoCode));
        var language = random.Chance(SampleProfile.RussianShare(unit.KatoCode)) ? Language.Ru : Language.Kk;
        var woman = random.Chance(0.6);
        var first = random.Pick(Of(woman ? "f" : "m"));
        var surname = random.Pick(Of("s"));
        var father = random.Pick(Of("p"));
        var patronymic = language == Language.Kk
            ? father[1] + (woman ? "қызы" : "ұлы")
            : father[woman ? 3 : 2];
        var position = random.Pick(Of("j"))[language == Language.Kk ? 1 : 2];
        var phone = $"+7 {random.Pick(MobilePrefixes)} {random.Between(100, 999)} {random.Between(10, 99)} {random.Between(10, 99)}";
        var email = $"{first[2][0]}.{surname[2]}{(woman ? "a" : string.Empty)}@{Domain(regionEnglishName)}";
        return new Preparer(language, $"{surname[1]}{(woman ? "а" : string.Empty)} {first[1]} {patronymic}", position, phone, email);
    }

    /// <summary>The language of one text in a return: mostly the preparer's, sometimes the other.</summary>
    public Language TextLanguage(SampleRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Chance(0.85) ? Language : Language == Language.Kk ? Language.Ru : Language.Kk;
    }

    private static List<string[]> Of(string kind) => [.. People[kind]];

    // e.g. "West Kazakhstan Region" → "westkazakhstan.gov.kz"
    private static string Domain(string regionEnglishName)
    {
        var name = regionEnglishName.Replace(" Region", string.Empty, StringComparison.Ordinal);
        var letters = new string([.. name.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
        return letters.Length == 0 ? "gov.kz" : $"{letters}.gov.kz";
    }
}
