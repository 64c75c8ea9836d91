using System.Globalization;

namespace VolunteerDW.Reports.Languages;

/// <summary>
/// The ending a Kazakh case puts after a number written in digits, written after a hyphen
/// ("5-ке", "6-ға", "100-ге", "10-15-тен": spelling rules §44). The ending is chosen by the last
/// word of the number's reading (25 "жиырма бес" → 25-ке; 1 500 "бір мың бес жүз" → 1 500-ге;
/// 2,5 "екі бүтін оннан бес" → 2,5-ке): by its vowel harmony and by its final sound.
/// </summary>
/// <remarks>
/// The sign % is read «пайыз», so after a percentage the ending is that of «пайыз» whatever the
/// number: "3%-ға", "5%-ға", "20%-дан", "15%-ы". An example "3%-ке" in the product's issue text
/// reads the digit ("үшке") instead of the sign; it is deliberately not followed.
/// </remarks>
public static class KazakhSuffix
{
    private const string PercentWord = "пайыз";

    /// <summary>The ending after a whole number: 5 → "ке", 6 → "ға", 1 000 → "ға".</summary>
    public static string After(long number, KazakhCase grammaticalCase) => After(number, 0, grammaticalCase);

    /// <summary>
    /// The ending after a number written with <paramref name="decimals"/> places, as
    /// <see cref="NumberText.WithDecimals"/> writes it. A fraction is read by its digits after
    /// the comma as a whole number ("12,25" → "...жүзден жиырма бес"; "2,50" → "...жүзден елу").
    /// </summary>
    public static string After(decimal number, int decimals, KazakhCase grammaticalCase)
    {
        var written = NumberText.Round(number, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = written.IndexOf('.', StringComparison.Ordinal);
        var digitsRead = point < 0 ? written.TrimStart('-') : written[(point + 1)..];
        return ForWord(KazakhNumeral.LastWordOf(digitsRead), grammaticalCase);
    }

    /// <summary>The ending after a percentage, that of «пайыз»: "ға", "дан", "да", "дың", "ды", "бен", "ы".</summary>
    public static string AfterPercent(KazakhCase grammaticalCase) => ForWord(PercentWord, grammaticalCase);

    /// <summary>
    /// The ending a word takes in a case. The rules are those of the grammar by the word's final
    /// sound; the rule given for б, в, г, д in <see cref="KazakhSounds"/> corrects the usual
    /// "voiced → ға, дан" for loanwords such as «миллиард».
    /// </summary>
    internal static string ForWord(string word, KazakhCase grammaticalCase)
    {
        var (back, front) = Ending(grammaticalCase, KazakhSounds.FinalOf(word));
        return KazakhSounds.IsBack(word) ? back : front;
    }

    private static (string Back, string Front) Ending(KazakhCase grammaticalCase, FinalSound final) => (grammaticalCase, final) switch
    {
        (KazakhCase.Dative, FinalSound.Voiceless) => ("қа", "ке"),
        (KazakhCase.Dative, _) => ("ға", "ге"),
        (KazakhCase.Ablative, FinalSound.Nasal) => ("нан", "нен"),
        (KazakhCase.Ablative, FinalSound.Voiceless) => ("тан", "тен"),
        (KazakhCase.Ablative, _) => ("дан", "ден"),
        (KazakhCase.Locative, FinalSound.Voiceless) => ("та", "те"),
        (KazakhCase.Locative, _) => ("да", "де"),
        (KazakhCase.Genitive, FinalSound.Vowel or FinalSound.Nasal) => ("ның", "нің"),
        (KazakhCase.Genitive, FinalSound.Voiceless) => ("тың", "тің"),
        (KazakhCase.Genitive, _) => ("дың", "дің"),
        (KazakhCase.Accusative, FinalSound.Vowel) => ("ны", "ні"),
        (KazakhCase.Accusative, FinalSound.Voiceless) => ("ты", "ті"),
        (KazakhCase.Accusative, _) => ("ды", "ді"),

        // The instrumental has no back and front forms in the written language.
        (KazakhCase.Instrumental, FinalSound.Voiced) => ("бен", "бен"),
        (KazakhCase.Instrumental, FinalSound.Voiceless) => ("пен", "пен"),
        (KazakhCase.Instrumental, _) => ("мен", "мен"),
        (KazakhCase.Possessive, FinalSound.Vowel) => ("сы", "сі"),
        (KazakhCase.Possessive, _) => ("ы", "і"),
        _ => throw new ArgumentOutOfRangeException(nameof(grammaticalCase), grammaticalCase, "Not a Kazakh case."),
    };
}
