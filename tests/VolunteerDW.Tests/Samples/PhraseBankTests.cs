using VolunteerDW.Host.Samples;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Samples;

/// <summary>The sample texts read as an officer would write them: numbers agree with their nouns.</summary>
public sealed class PhraseBankTests
{
    private static readonly string[] Kinds = ["positive_experience", "problem", "proposal"];

    private static readonly Language[] Languages = [Language.Kk, Language.Ru];

    [Theory]
    [InlineData(1, "продуктовые наборы получили 1 семья")]
    [InlineData(2, "продуктовые наборы получили 2 семьи")]
    [InlineData(5, "продуктовые наборы получили 5 семей")]
    [InlineData(11, "продуктовые наборы получили 11 семей")]
    [InlineData(21, "продуктовые наборы получили 21 семья")]
    [InlineData(24, "продуктовые наборы получили 24 семьи")]
    public void A_number_slot_with_forms_gives_the_noun_in_the_form_that_agrees(int n, string expected)
    {
        Assert.Equal(expected, PhraseBank.Fill("продуктовые наборы получили {n:семья/семьи/семей}", "Абай", 2026, n, 100));
    }

    [Fact]
    public void Every_template_fills_every_slot_in_both_languages()
    {
        foreach (var language in Languages)
        {
            foreach (var kind in Kinds)
            {
                Assert.All(PhraseBank.Shipped.Practices(language, kind), template =>
                {
                    var text = PhraseBank.Fill(template.Text, "Абай ауданы", 2026, 3, 141);
                    Assert.DoesNotContain("{", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("}", text, StringComparison.Ordinal);
                });
            }
        }
    }

    [Theory]
    [InlineData("семей")]
    [InlineData("пожилых людей")]
    [InlineData("саженцев")]
    [InlineData("координатора")]
    public void The_Russian_texts_give_a_number_its_nouns_agreeing_form(string noun)
    {
        var texts = Kinds
            .SelectMany(kind => PhraseBank.Shipped.Practices(Language.Ru, kind))
            .Select(template => template.Text)
            .ToList();

        // A bare number slot before a noun would read "2 семей" or "141 пожилых людей" for some numbers.
        Assert.DoesNotContain(texts, text => text.Contains("{n} " + noun, StringComparison.Ordinal) || text.Contains("{m} " + noun, StringComparison.Ordinal));
        Assert.Equal("141 пожилой житель", PhraseBank.Fill("{m:пожилой житель/пожилых жителя/пожилых жителей}", "", 2026, 2, 141));
    }
}
