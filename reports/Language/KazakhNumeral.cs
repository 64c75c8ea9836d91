namespace VolunteerDW.Reports.Languages;

/// <summary>
/// The last word of a number's Kazakh reading — the word a case ending attaches to when the number
/// is written in digits: 25 "жиырма бес", 1 500 "бір мың бес жүз", 2 000 "екі мың".
/// </summary>
internal static class KazakhNumeral
{
    private const string Hundred = "жүз";

    private static readonly string[] _units = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];

    private static readonly string[] _tens = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

    // Indexed by the group of three digits (1 = thousands); enough for decimal's 29 digits.
    private static readonly string[] _scales =
        ["", "мың", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион", "секстиллион", "септиллион", "октиллион"];

    /// <summary>
    /// The last word read of a number written as <paramref name="digits"/> (ASCII digits, no sign,
    /// no separators). The reading ends with the lowest digit that is not zero: a unit, a ten,
    /// "жүз", or — when the last three digits are all zero — the name of the lowest group that is
    /// not (1 001 000 "бір миллион бір мың").
    /// </summary>
    public static string LastWordOf(string digits)
    {
        var lowest = digits.Length - 1;
        while (lowest >= 0 && digits[lowest] == '0')
        {
            lowest--;
        }

        if (lowest < 0)
        {
            return _units[0];
        }

        var digit = digits[lowest] - '0';
        var position = digits.Length - 1 - lowest;
        return position switch
        {
            0 => _units[digit],
            1 => _tens[digit],
            2 => Hundred,
            _ => _scales[position / 3],
        };
    }
}
