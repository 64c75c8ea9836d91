using VolunteerDW.Reports.Languages;

namespace VolunteerDW.Tests.Languages;

// Each row: the endings in this order — dative, ablative, locative, genitive,
// accusative, instrumental, possessive — with the word that chooses them in the comment.
public sealed class KazakhSuffixTests
{
    private static readonly KazakhCase[] _cases =
    [
        KazakhCase.Dative, KazakhCase.Ablative, KazakhCase.Locative, KazakhCase.Genitive,
        KazakhCase.Accusative, KazakhCase.Instrumental, KazakhCase.Possessive,
    ];

    [Theory]
    [InlineData(0, "ге", "ден", "де", "дің", "ді", "мен", "і")] // нөл
    [InlineData(1, "ге", "ден", "де", "дің", "ді", "мен", "і")] // бір
    [InlineData(10, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // он
    [InlineData(11, "ге", "ден", "де", "дің", "ді", "мен", "і")] // он бір
    [InlineData(12, "ге", "ден", "де", "нің", "ні", "мен", "сі")] // он екі
    [InlineData(13, "ке", "тен", "те", "тің", "ті", "пен", "і")] // он үш
    [InlineData(14, "ке", "тен", "те", "тің", "ті", "пен", "і")] // он төрт
    [InlineData(15, "ке", "тен", "те", "тің", "ті", "пен", "і")] // он бес
    [InlineData(16, "ға", "дан", "да", "ның", "ны", "мен", "сы")] // он алты
    [InlineData(17, "ге", "ден", "де", "нің", "ні", "мен", "сі")] // он жеті
    [InlineData(18, "ге", "ден", "де", "дің", "ді", "бен", "і")] // он сегіз
    [InlineData(19, "ға", "дан", "да", "дың", "ды", "бен", "ы")] // он тоғыз
    [InlineData(20, "ға", "дан", "да", "ның", "ны", "мен", "сы")] // жиырма
    [InlineData(30, "ға", "дан", "да", "дың", "ды", "бен", "ы")] // отыз
    [InlineData(40, "қа", "тан", "та", "тың", "ты", "пен", "ы")] // қырық
    [InlineData(50, "ге", "ден", "де", "дің", "ді", "мен", "і")] // елу
    [InlineData(60, "қа", "тан", "та", "тың", "ты", "пен", "ы")] // алпыс
    [InlineData(70, "ке", "тен", "те", "тің", "ті", "пен", "і")] // жетпіс
    [InlineData(80, "ге", "нен", "де", "нің", "ді", "мен", "і")] // сексен
    [InlineData(90, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // тоқсан
    [InlineData(100, "ге", "ден", "де", "дің", "ді", "бен", "і")] // жүз
    [InlineData(1000, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // мың
    [InlineData(1_000_000, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // миллион
    [InlineData(1_000_000_000, "қа", "тан", "та", "тың", "ты", "пен", "ы")] // миллиард: д is said т
    [InlineData(1_000_000_000_000, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // триллион
    [InlineData(25, "ке", "тен", "те", "тің", "ті", "пен", "і")] // жиырма бес
    [InlineData(105, "ке", "тен", "те", "тің", "ті", "пен", "і")] // жүз бес
    [InlineData(120, "ға", "дан", "да", "ның", "ны", "мен", "сы")] // жүз жиырма
    [InlineData(1500, "ге", "ден", "де", "дің", "ді", "бен", "і")] // бір мың бес жүз
    [InlineData(2000, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // екі мың
    [InlineData(20_000, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // жиырма мың
    [InlineData(1_001_000, "ға", "нан", "да", "ның", "ды", "мен", "ы")] // бір миллион бір мың
    [InlineData(2_000_007, "ге", "ден", "де", "нің", "ні", "мен", "сі")] // екі миллион жеті
    [InlineData(-5, "ке", "тен", "те", "тің", "ті", "пен", "і")] // минус бес
    public void Whole_numbers_take_the_endings_of_the_last_word_read(
        long number, string dative, string ablative, string locative, string genitive, string accusative, string instrumental, string possessive) =>
        Assert.Equal(
            [dative, ablative, locative, genitive, accusative, instrumental, possessive],
            _cases.Select(c => KazakhSuffix.After(number, c)));

    [Theory]
    [InlineData(2.5, 1, "ке", "тен", "те", "тің", "ті", "пен", "і")] // екі бүтін оннан бес
    [InlineData(12.25, 2, "ке", "тен", "те", "тің", "ті", "пен", "і")] // он екі бүтін жүзден жиырма бес
    [InlineData(2.5, 2, "ге", "ден", "де", "дің", "ді", "мен", "і")] // 2,50: ... жүзден елу
    [InlineData(3.05, 2, "ке", "тен", "те", "тің", "ті", "пен", "і")] // 3,05: ... жүзден бес
    [InlineData(0.1, 1, "ге", "ден", "де", "дің", "ді", "мен", "і")] // нөл бүтін оннан бір
    [InlineData(0.36, 2, "ға", "дан", "да", "ның", "ны", "мен", "сы")] // ... жүзден отыз алты
    [InlineData(2.0, 1, "ге", "ден", "де", "дің", "ді", "мен", "і")] // 2,0: ... оннан нөл
    [InlineData(1.75, 1, "ге", "ден", "де", "дің", "ді", "бен", "і")] // written 1,8: ... оннан сегіз
    [InlineData(7.16, 1, "ге", "ден", "де", "нің", "ні", "мен", "сі")] // written 7,2: ... оннан екі
    [InlineData(2.5, 0, "ке", "тен", "те", "тің", "ті", "пен", "і")] // written 3: үш
    [InlineData(-2.5, 1, "ке", "тен", "те", "тің", "ті", "пен", "і")] // минус екі бүтін оннан бес
    [InlineData(1234.5, 1, "ке", "тен", "те", "тің", "ті", "пен", "і")] // ... оннан бес
    public void Decimals_take_the_endings_of_their_fraction_as_written(
        double number, int decimals, string dative, string ablative, string locative, string genitive, string accusative, string instrumental, string possessive) =>
        Assert.Equal(
            [dative, ablative, locative, genitive, accusative, instrumental, possessive],
            _cases.Select(c => KazakhSuffix.After((decimal)number, decimals, c)));

    [Fact]
    public void After_a_percentage_the_ending_is_that_of_пайыз_whatever_the_number() =>
        Assert.Equal(["ға", "дан", "да", "дың", "ды", "бен", "ы"], _cases.Select(KazakhSuffix.AfterPercent));

    [Theory]
    [InlineData("0", "нөл")]
    [InlineData("000", "нөл")]
    [InlineData("7", "жеті")]
    [InlineData("40", "қырық")]
    [InlineData("25", "бес")]
    [InlineData("05", "бес")]
    [InlineData("105", "бес")]
    [InlineData("120", "жиырма")]
    [InlineData("300", "жүз")]
    [InlineData("1500", "жүз")]
    [InlineData("2000", "мың")]
    [InlineData("500000", "мың")]
    [InlineData("1000000", "миллион")]
    [InlineData("1001000", "мың")]
    [InlineData("3000000000", "миллиард")]
    [InlineData("79000000000000000000000000000", "октиллион")]
    public void The_last_word_read_is_that_of_the_lowest_digit_that_is_not_zero(string digits, string word) =>
        Assert.Equal(word, KazakhNumeral.LastWordOf(digits));

    [Theory]
    [InlineData("завод", KazakhCase.Dative, "қа")]
    [InlineData("парад", KazakhCase.Ablative, "тан")]
    [InlineData("штаб", KazakhCase.Instrumental, "пен")]
    [InlineData("тау", KazakhCase.Genitive, "дың")]
    [InlineData("тау", KazakhCase.Accusative, "ды")]
    [InlineData("тау", KazakhCase.Instrumental, "мен")]
    [InlineData("ауыз", KazakhCase.Instrumental, "бен")]
    [InlineData("мал", KazakhCase.Instrumental, "мен")]
    [InlineData("трактор", KazakhCase.Genitive, "дың")]
    public void Words_take_the_endings_the_spelling_rules_give_for_their_final_sound(string word, KazakhCase grammaticalCase, string ending) =>
        Assert.Equal(ending, KazakhSuffix.ForWord(word, grammaticalCase));

    [Theory]
    [InlineData("су")]
    [InlineData("би")]
    public void A_word_whose_harmony_the_spelling_does_not_show_is_refused_not_guessed(string word) =>
        Assert.Throws<ArgumentException>(() => KazakhSuffix.ForWord(word, KazakhCase.Dative));
}
