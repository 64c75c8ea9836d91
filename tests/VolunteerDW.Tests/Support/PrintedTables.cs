using System.Globalization;
using Microsoft.Playwright;
using VolunteerDW.Reports.Rendering;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// A table of a report page as Chromium lays it out for print: the page it prints on (its CSS
/// <c>page</c>, "" for the default one), the width of that page's text block and the table's
/// width, both in CSS pixels. <see cref="Width"/> is how far right of the text block's left edge
/// the table reaches: its box, or what it or any of its cells scrolls to, so that content
/// overflowing a cell counts too.
/// </summary>
public sealed record PrintedTable(int Index, string Page, int Columns, string FirstHeading, double TextBlock, double Width)
{
    public bool Fits => Width <= TextBlock;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"table {Index + 1} ('{FirstHeading}', {Columns} columns, page {Page}): {Width:0.#} px on a text block of {TextBlock:0.#} px");
}

/// <summary>
/// Measures every table of an HTML page in the system Chromium, driven by Playwright, with print
/// media: for each kind of page the tables print on, the window is made as wide as that page's text
/// block and the tables on it are measured. The text blocks come from the page's own <c>@page</c>
/// rules, as the browser parsed them (paper size less the left and right margins), so the sizes are
/// written once, in report.css.
/// </summary>
public static class PrintedTables
{
    // CSS pixels are 1/96 in.
    private const double PixelsPerMillimetre = 96 / 25.4;

    // The @page rules: name ("" for the default page), size, left and right margins, as the browser has them.
    private const string PageRulesScript = """
        () => [...document.styleSheets].flatMap(sheet => [...sheet.cssRules])
            .filter(rule => rule instanceof CSSPageRule)
            .map(rule => [rule.selectorText, rule.style.getPropertyValue('size'), rule.style.getPropertyValue('margin-left'), rule.style.getPropertyValue('margin-right')])
        """;

    // Every table: its CSS page ("auto" unless named), columns, first heading, and how far right
    // from the text block's left edge it reaches: its box, or what it or any cell scrolls to, so
    // that content overflowing a cell counts too.
    private const string TablesScript = """
        () => {
            const left = document.documentElement.getBoundingClientRect().left;
            const reach = element => element.getBoundingClientRect().left + Math.max(element.getBoundingClientRect().width, element.scrollWidth) - left;
            return [...document.querySelectorAll('table')].map(table => [
                getComputedStyle(table).page,
                String(table.rows[0]?.cells.length ?? 0),
                table.rows[0]?.cells[0]?.textContent ?? '',
                String(Math.max(reach(table), ...[...table.querySelectorAll('th, td')].map(reach))),
            ]);
        }
        """;

    public static async Task<IReadOnlyList<PrintedTable>> MeasureAsync(string html)
    {
        var chromium = ChromiumPdf.FindBrowser() ?? throw new InvalidOperationException("No Chromium to measure in: mark the test [ChromiumFact].");
        using var playwright = await Playwright.CreateAsync();
        // Playwright's own browsers cannot be downloaded here: it drives the system one.
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetContentAsync(html);
        // The typeface is in the page; a table measured before it loaded would be measured in another.
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");

        var textBlocks = TextBlocks(await page.EvaluateAsync<string[][]>(PageRulesScript));
        var measured = new List<PrintedTable>();
        var pageNames = (await TablesAsync(page)).Select(t => t.Page).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in pageNames)
        {
            // A page the stylesheet does not name prints on the default one.
            var textBlock = textBlocks.GetValueOrDefault(name, textBlocks[""]);
            await page.SetViewportSizeAsync((int)Math.Floor(textBlock), 1000);
            measured.AddRange((await TablesAsync(page)).Where(t => t.Page == name).Select(t => t with { TextBlock = textBlock }));
        }

        return [.. measured.OrderBy(t => t.Index)];
    }

    private static async Task<List<PrintedTable>> TablesAsync(IPage page) =>
        [.. (await page.EvaluateAsync<string[][]>(TablesScript)).Select((t, index) => new PrintedTable(
            index, t[0] == "auto" ? "" : t[0], int.Parse(t[1], CultureInfo.InvariantCulture), t[2], 0, double.Parse(t[3], CultureInfo.InvariantCulture)))];

    /// <summary>The width of each page's text block in CSS pixels, by the page's name ("" for the default page).</summary>
    private static Dictionary<string, double> TextBlocks(string[][] rules)
    {
        var byName = rules.ToDictionary(r => r[0], StringComparer.Ordinal);
        var first = byName.TryGetValue("", out var unnamed) ? unnamed : throw new InvalidOperationException("The stylesheet has no @page rule.");
        // A named page takes what it does not set from the default @page rule.
        string Value(string[] rule, int part) => rule[part].Length > 0 ? rule[part] : first[part];
        return byName.ToDictionary(
            r => r.Key,
            r => (PaperWidth(Value(r.Value, 1)) - Millimetres(Value(r.Value, 2)) - Millimetres(Value(r.Value, 3))) * PixelsPerMillimetre,
            StringComparer.Ordinal);
    }

    /// <summary>The paper's width in millimetres from a CSS <c>size</c>: "A4", "A4 landscape" or two lengths.</summary>
    private static double PaperWidth(string size)
    {
        // CSS keywords are case-insensitive: the browser gives "a4".
        var parts = size.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var landscape = parts.Contains("LANDSCAPE", StringComparer.Ordinal);
        // ISO 216: A4 is 210 × 297 mm.
        var (width, height) = parts[0] switch
        {
            "A4" => (210.0, 297.0),
            _ when parts.Length >= 2 && parts[1] is not ("PORTRAIT" or "LANDSCAPE") => (Millimetres(parts[0]), Millimetres(parts[1])),
            _ => throw new InvalidOperationException($"The test does not know the paper size '{size}'."),
        };
        return landscape ? Math.Max(width, height) : width;
    }

    private static double Millimetres(string length)
    {
        var unit = length.TrimStart("+-.0123456789".ToCharArray()).ToUpperInvariant();
        var number = double.Parse(length[..^unit.Length], CultureInfo.InvariantCulture);
        return number * unit switch
        {
            "MM" => 1,
            "CM" => 10,
            "IN" => 25.4,
            "PT" => 25.4 / 72,
            "PX" => 1 / PixelsPerMillimetre,
            _ => throw new InvalidOperationException($"The test does not know the length '{length}'."),
        };
    }
}
