namespace VolunteerDW.Reports.Languages;

/// <summary>How a Kazakh word ends, as far as the choice of a case ending depends on it.</summary>
internal enum FinalSound
{
    Vowel,

    /// <summary>м, н, ң.</summary>
    Nasal,

    /// <summary>л, р, й and the semivowels у, и (елу, су, би decline like a word in й).</summary>
    Sonorant,

    /// <summary>ж, з.</summary>
    Voiced,

    /// <summary>к, қ, п, с, т, ш … and б, в, г, д, which end only loanwords and are said voiceless there.</summary>
    Voiceless,
}

/// <summary>The two facts about a Kazakh word that choose its endings: vowel harmony and its final sound.</summary>
internal static class KazakhSounds
{
    // у and и are left out of both: they are semivowels here and take the harmony of the vowels
    // around them (елу → елуге, миллион → миллионға). A word whose only vowel letter is у or и
    // does not show its harmony in writing (су → суға but би → биге), so it is refused rather
    // than guessed; numerals and «пайыз» never are such words.
    private const string BackVowels = "аоұыя";
    private const string FrontVowels = "әеөүіэ";
    private const string Vowels = BackVowels + FrontVowels + "ёю";
    private const string Nasals = "мнң";
    private const string Sonorants = "лрйуи";
    private const string Voiced = "жз";

    // б, в, г, д are voiced letters, but a loanword ending in one is said with a voiceless sound
    // and takes the voiceless endings: клубқа, парадтан (spelling rules §36, note), hence
    // миллиардқа, миллиардтан, миллиардпен — not "миллиардға" as a rule by letters would give.
    private const string Voiceless = "кқпстфхһцчшщ" + "бвгд";

    /// <summary>True when the word's last vowel is a back vowel (а, о, ұ, ы), false when front.</summary>
    public static bool IsBack(string word)
    {
        var last = word.LastIndexOfAny((BackVowels + FrontVowels).ToCharArray());
        return last >= 0
            ? BackVowels.Contains(word[last], StringComparison.Ordinal)
            : throw new ArgumentException($"\"{word}\" has no vowel letter that shows its harmony.", nameof(word));
    }

    public static FinalSound FinalOf(string word)
    {
        var last = word[^1];
        return Vowels.Contains(last, StringComparison.Ordinal) ? FinalSound.Vowel
            : Nasals.Contains(last, StringComparison.Ordinal) ? FinalSound.Nasal
            : Sonorants.Contains(last, StringComparison.Ordinal) ? FinalSound.Sonorant
            : Voiced.Contains(last, StringComparison.Ordinal) ? FinalSound.Voiced
            : Voiceless.Contains(last, StringComparison.Ordinal) ? FinalSound.Voiceless
            : throw new ArgumentException($"\"{word}\" does not end in a Kazakh letter.", nameof(word));
    }
}
