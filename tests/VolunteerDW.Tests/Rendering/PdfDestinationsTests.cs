using System.Text;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Rendering;

public sealed class PdfDestinationsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("vdw-pdf-destinations-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [ChromiumFact]
    public async Task The_reader_finds_the_page_of_every_link_target_in_a_pdf_Chromium_printed()
    {
        // Every section starts a page of its own after the contents page: section n on page n + 1;
        // twelve of them, so that Chromium nests its page tree (eight pages a node).
        var markdown = string.Join("\n\n", Enumerable.Range(1, 12).Select(n => $"## {(n % 2 == 0 ? "Бөлім" : "Section")} {n}\n\nМәтін."));
        var content = MarkdownHtml.Convert(markdown, new Dictionary<string, string>());
        var pdf = Path.Combine(_folder.FullName, "sections.pdf");
        var printed = await ChromiumPdf.PrintAsync(pages => HtmlPage.Render(Language.Kk, new PageHeader("Есеп", "2026", "2026-07-20"), content, pages), pdf, TimeSpan.FromMinutes(10));
        Assert.True(printed.Produced, printed.Message);

        var destinations = PdfDestinations.Read(await File.ReadAllBytesAsync(pdf));

        // Chromium names each target by its link's fragment as a URL carries it: percent-encoded.
        var expected = content.Contents.Select((entry, index) => (Name: Uri.EscapeDataString(entry.Id), Page: index + 2));
        Assert.Equal(expected.OrderBy(e => e.Name, StringComparer.Ordinal), destinations.Select(d => (Name: d.Key, Page: d.Value)).OrderBy(d => d.Name, StringComparer.Ordinal));
        Assert.Contains("%D0%B1%D3%A9%D0%BB%D1%96%D0%BC-12", destinations.Keys);
    }

    [Fact]
    public void Pages_are_numbered_depth_first_through_a_nested_page_tree_and_each_destination_gets_its_page()
    {
        var pdf = Pdf(
            "<</Type /Catalog /Pages 2 0 R /Dests 3 0 R>>",
            "<</Type /Pages /Kids [4 0 R 5 0 R] /Count 3>>",
            "<</a [7 0 R /XYZ 0 792 0] /#25D0#25B1-2 [5 0 R /Fit] /indirect 8 0 R /action <</D [6 0 R /XYZ 0 0 0]>>>>",
            "<</Type /Pages /Kids [6 0 R 7 0 R] /Count 2 /Parent 2 0 R>>",
            "<</Type /Page /Parent 2 0 R /Title (a \\) string \\(with\\) escapes) /Note <48656c6c6f>>> % a comment",
            "<</Type /Page /Parent 4 0 R /MediaBox [0 0 595.92 841.92]>>",
            "<</Type /Page /Parent 4 0 R /Rotate -90 /Shown true /Hidden null>>",
            "[6 0 R /XYZ 0 0 0]");

        var destinations = PdfDestinations.Read(pdf);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 2, ["%D0%B1-2"] = 3, ["indirect"] = 1, ["action"] = 1 }, destinations);
    }

    [Fact]
    public void A_pdf_without_named_destinations_has_none()
    {
        var pdf = Pdf("<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>", "<</Type /Page /Parent 2 0 R>>");

        Assert.Empty(PdfDestinations.Read(pdf));
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { "not a PDF", "not a PDF" },
        { "cut short", "no startxref" },
        { "cross-reference stream", "stream" },
        { "name tree", "name tree" },
    };

    [Theory, MemberData(nameof(Unreadable))]
    public void A_file_the_reader_does_not_follow_is_refused_saying_why(string file, string why)
    {
        var pages = new[] { "<</Type /Pages /Kids [3 0 R] /Count 1>>", "<</Type /Page /Parent 2 0 R>>" };
        var bytes = file switch
        {
            "not a PDF" => "<!DOCTYPE html>"u8.ToArray(),
            "cut short" => Pdf(["<</Type /Catalog /Pages 2 0 R /Dests <</a [3 0 R /Fit]>>>>", .. pages])[..150],
            "cross-reference stream" => Encoding.ASCII.GetBytes("%PDF-1.5\n1 0 obj\n<</Type /XRef /Size 2 /W [1 2 1] /Length 0>>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"),
            _ => Pdf(["<</Type /Catalog /Pages 2 0 R /Names <</Dests 4 0 R>>>>", .. pages, "<</Names [(a) [3 0 R /Fit]]>>"]),
        };

        var refused = Assert.Throws<InvalidDataException>(() => PdfDestinations.Read(bytes));

        Assert.Contains(why, refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A PDF 1.4 file of the objects (numbered from 1, the first the catalog) with its cross-reference table, as Chromium lays one out.</summary>
    private static byte[] Pdf(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, number) in objects.Select((body, index) => (body, index + 1)))
        {
            offsets.Add(pdf.Length);
            pdf.Append(FormattableString.Invariant($"{number} 0 obj\n{body}\nendobj\n"));
        }

        var xref = pdf.Length;
        pdf.Append(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        offsets.ForEach(offset => pdf.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n")));
        pdf.Append(FormattableString.Invariant($"trailer\n<</Size {objects.Length + 1}\n/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
