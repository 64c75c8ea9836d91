using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Output;

/// <summary>
/// Writes a report in each language and format asked for: the language's template renders the
/// Markdown; the HTML page is converted from it with the charts inline; the XLSX annex holds every
/// table and the sources; a PDF is printed from the HTML when a browser is installed.
/// </summary>
public sealed partial class ReportWriter(TemplateSource templates)
{
    /// <summary>The report's Markdown in one language.</summary>
    public string Markdown(ReportDocument document, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);
        var name = $"{document.Template}.{language.Code()}.scriban";
        string text;
        try
        {
            text = templates.Read(name);
        }
        catch (FileNotFoundException missing)
        {
            throw new ReportTemplateException(name, missing.Message);
        }

        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            throw new ReportTemplateException(name, string.Join("; ", template.Messages));
        }

        var globals = new ScriptObject();
        globals.Import(new ReportFunctions(document, language));
        globals["model"] = document.Model;
        globals["info"] = document.Info;
        var context = new EscapingContext(templates);
        context.PushGlobal(globals);
        try
        {
            // Template logic leaves runs of blank lines; one blank line separates blocks.
            return ExtraBlankLines().Replace(template.Render(context), "\n\n").Trim() + "\n";
        }
        catch (Scriban.Syntax.ScriptRuntimeException exception)
        {
            throw new ReportTemplateException(name, exception.Message);
        }
    }

    /// <summary>The charts as SVG in one language, by file name (without extension).</summary>
    public static IReadOnlyDictionary<string, string> Charts(ReportDocument document, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);
        string Number(double value) => ChartNumber(value, language);
        return document.Charts.ToDictionary(
            c => ReportFunctions.ChartFile(c.Key, language),
            c => c.Value switch
            {
                Charts.LineChart line => SvgCharts.Line(line, language, Number),
                Charts.BarChart bar => SvgCharts.Bars(bar, language, Number),
                Charts.TileMap map => SvgCharts.Tiles(map, language, Number),
                _ => throw new InvalidOperationException($"Chart '{c.Key}' is of an unknown kind."),
            },
            StringComparer.Ordinal);
    }

    /// <summary>A figure on a chart as the tables show it: a whole number as it is, a rate with one decimal.</summary>
    public static string ChartNumber(double value, Language language) => NumberText.WithDecimals((decimal)value, value == Math.Floor(value) ? 0 : 1, language);

    /// <summary>Writes the files and returns their paths.</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(ReportDocument document, IEnumerable<Language> languages, IReadOnlyCollection<ReportFormat> formats, string folder,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(formats);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var language in languages)
        {
            var basePath = Path.Combine(folder, $"{document.Name}.{language.Code()}");
            if (formats.Contains(ReportFormat.Xlsx))
            {
                XlsxAnnexWriter.Write($"{basePath}.xlsx", document.Info, [.. document.Tables.Values.Select(t => t.In(language))], document.Sources, language);
                written.Add($"{basePath}.xlsx");
            }

            if (!formats.Any(f => f is ReportFormat.Md or ReportFormat.Html or ReportFormat.Pdf))
            {
                continue;
            }

            var markdown = Markdown(document, language);
            var charts = Charts(document, language);
            if (formats.Contains(ReportFormat.Md))
            {
                var title = $"# {MarkdownText.Escape(document.Info.Title.In(language))}\n\n{MarkdownText.Escape(Sentence(document.Info.Period.In(language)))} "
                    + $"{MarkdownText.Escape(GeneratedLine(document.Info, language))}\n\n";
                written.AddRange(WriteMarkdown(basePath, folder, title + markdown, charts));
            }

            if (formats.Contains(ReportFormat.Html) || formats.Contains(ReportFormat.Pdf))
            {
                var page = Page(document, language, MarkdownHtml.Convert(markdown, charts));
                await File.WriteAllTextAsync($"{basePath}.html", page(null), cancellationToken);
                written.Add($"{basePath}.html");
                if (formats.Contains(ReportFormat.Pdf))
                {
                    var pdf = await ChromiumPdf.PrintAsync(page, $"{basePath}.pdf", TimeSpan.FromMinutes(2), cancellationToken);
                    written.Add(pdf.Produced ? $"{basePath}.pdf" : throw new ReportTemplateException("pdf", pdf.Message));
                }
            }
        }

        return written;
    }

    /// <summary>The whole HTML page in one language, for the screen.</summary>
    public static string Html(ReportDocument document, Language language, string markdown, IReadOnlyDictionary<string, string> charts) =>
        Page(document, language, MarkdownHtml.Convert(markdown, charts))(null);

    /// <summary>The page in one language: for the screen without printed pages, for a PDF with them.</summary>
    private static Func<PrintedPages?, string> Page(ReportDocument document, Language language, ConvertedMarkdown content)
    {
        ArgumentNullException.ThrowIfNull(document);
        var info = document.Info;
        var header = new PageHeader(info.Title.In(language), info.Period.In(language), GeneratedLine(info, language));
        return pages => HtmlPage.Render(language, header, content, pages);
    }

    private static IEnumerable<string> WriteMarkdown(string basePath, string folder, string markdown, IReadOnlyDictionary<string, string> charts)
    {
        var chartFolder = Path.Combine(folder, "charts");
        Directory.CreateDirectory(chartFolder);
        foreach (var (file, svg) in charts)
        {
            var path = Path.Combine(chartFolder, $"{file}.svg");
            File.WriteAllText(path, svg);
            yield return path;
        }

        File.WriteAllText($"{basePath}.md", markdown);
        yield return $"{basePath}.md";
    }

    private static string GeneratedLine(Tables.ReportInfo info, Language language)
    {
        var generated = KazakhstanTime.DateOf(info.GeneratedAt);
        var asOf = info.AsOf is { } loaded ? DateText.Date(KazakhstanTime.DateOf(loaded), language) : "—";
        return language switch
        {
            Language.Kk => $"{Sentence($"Жасалған күні: {DateText.Date(generated, language)}")} {Sentence($"Деректердің жағдайы: {asOf}")}",
            Language.Ru => $"{Sentence($"Сформировано: {DateText.Date(generated, language)}")} {Sentence($"Данные по состоянию на {asOf}")}",
            _ => Sentence($"Generated {DateText.Date(generated, language)}; data as of {asOf}"),
        };
    }

    // Dates and periods may already end with an abbreviation's dot ("2026 г."): a sentence ends with one dot only.
    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
