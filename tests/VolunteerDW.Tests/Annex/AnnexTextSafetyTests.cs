using ClosedXML.Excel;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Annex;

/// <summary>Submitted text is data: it never becomes a formula, and any text can be written.</summary>
public sealed class AnnexTextSafetyTests(AnnexFixture annex) : IClassFixture<AnnexFixture>
{
    public static TheoryData<string, string, string> FormulaLikeCells => new()
    {
        { AnnexSample.Kk.Subjects, "A6", AnnexSample.FormulaText },
        { AnnexSample.Kk.Practices, "B5", AnnexSample.HyperlinkFormula },
        { AnnexSample.Kk.Practices, "B6", "+7 700 000 00 00" },
        { AnnexSample.Kk.Practices, "C6", "@SUM(A1:A9)" },
        { AnnexSample.Kk.Practices, "B7", "-1" },
        { AnnexSample.Kk.Sources, "F5", "=1+1.xlsx" },
    };

    [Theory]
    [MemberData(nameof(FormulaLikeCells))]
    public void Text_that_looks_like_a_formula_is_stored_as_text_with_a_quote_prefix(string sheet, string address, string text)
    {
        using var workbook = annex.Open(Language.Kk);
        var cell = workbook.Worksheet(sheet).Cell(address);

        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(text, cell.GetString());
        Assert.True(cell.Style.IncludeQuotePrefix);
        var xml = annex.SheetXml(Language.Kk, sheet).Descendants(AnnexFixture.Main + "c").Single(c => (string?)c.Attribute("r") == address);
        Assert.Equal("s", (string?)xml.Attribute("t"));
    }

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ru)]
    public void No_sheet_holds_a_formula(Language language)
    {
        Assert.All(annex.AllSheetXml(language), sheet => Assert.Empty(sheet.Descendants(AnnexFixture.Main + "f")));
    }

    [Fact]
    public void Markup_is_stored_as_it_was_written()
    {
        using var workbook = annex.Open(Language.Ru);
        var cell = workbook.Worksheet("Опыт и предложения").Cell("B4");

        Assert.Equal(AnnexSample.Script, cell.GetString());
        Assert.False(cell.Style.IncludeQuotePrefix);
    }

    [Fact]
    public void A_text_longer_than_a_cell_holds_is_cut_with_an_ellipsis()
    {
        using var workbook = annex.Open(Language.Kk);
        var text = workbook.Worksheet(AnnexSample.Kk.Practices).Cell("C4").GetString();

        Assert.True(AnnexSample.LongText.Length > AnnexText.MaxCellLength);
        Assert.Equal(AnnexText.MaxCellLength, text.Length);
        Assert.Equal(AnnexSample.LongText[..(AnnexText.MaxCellLength - 1)] + "…", text);
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_dropped_and_line_breaks_kept()
    {
        using var workbook = annex.Open(Language.Kk);

        Assert.Equal("бірекіүштөрт\nбес", workbook.Worksheet(AnnexSample.Kk.Practices).Cell("C5").GetString());
    }

    [Theory]
    [InlineData("a\u0000b\u001Fc\uFFFFd", "abcd")]
    [InlineData("тоқсан\r\nжыл\rай", "тоқсан\nжыл\nай")]
    [InlineData("\tтаб", "\tтаб")]
    public void Cleaning_keeps_what_xml_holds(string text, string expected)
    {
        Assert.Equal(expected, AnnexText.Clean(text));
    }

    [Fact]
    public void An_unpaired_surrogate_is_dropped_and_a_pair_kept()
    {
        // Built at run time: an attribute argument cannot carry an unpaired surrogate.
        var text = "volunteers 🤝 " + '\uD800' + "alone" + '\uDC00';

        Assert.Equal("volunteers 🤝 alone", AnnexText.Clean(text));
    }

    [Fact]
    public void Cutting_never_splits_a_surrogate_pair()
    {
        var text = new string('a', AnnexText.MaxCellLength - 2) + string.Concat(Enumerable.Repeat("🤝", 10));

        var clean = AnnexText.Clean(text);

        Assert.Equal(new string('a', AnnexText.MaxCellLength - 2) + "…", clean);
    }

    [Fact]
    public void A_text_exactly_at_the_limit_is_kept_whole()
    {
        var text = new string('ә', AnnexText.MaxCellLength);

        Assert.Equal(text, AnnexText.Clean(text));
    }
}
