using System.Globalization;
using Scriban.Runtime;
using VolunteerDW.Reports.Annex;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Documents;

/// <summary>
/// What a report template can call, beside the language helpers: <c>table "id"</c> writes an annex
/// table, <c>chart "id"</c> a chart, <c>t label</c> a text in the template's language;
/// <c>sheet "id"</c> and <c>sources_sheet</c> name a sheet of the XLSX annex as its tab is named.
/// </summary>
internal sealed class ReportFunctions : ScriptObject
{
    public ReportFunctions(ReportDocument document, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);
        this.Import(new LanguageFunctions(language));
        this.Import("table", new Func<string, MarkdownBlock>(id => document.Tables.TryGetValue(id, out var table)
            ? MarkdownTables.Render(table, language)
            : throw new ArgumentException($"The report has no table '{id}'; it has {string.Join(", ", document.Tables.Keys)}.", nameof(id))));
        this.Import("table_title", new Func<string, string>(id => document.Tables.TryGetValue(id, out var table) ? table.Title.In(language) : id));
        // The same names the annex of this language gets: the text never names a tab that is not there.
        var sheets = AnnexSheets.For(document.Tables.Values, language);
        this.Import("sheet", new Func<string, string>(sheets.Of));
        this.Import("sources_sheet", new Func<string>(() => sheets.Sources));
        this.Import("chart", new Func<string, MarkdownBlock>(id => document.Charts.TryGetValue(id, out var chart)
            ? new MarkdownBlock($"![{MarkdownText.Escape(ChartTitle(chart).In(language))}](charts/{ChartFile(id, language)}.svg)")
            : throw new ArgumentException($"The report has no chart '{id}'.", nameof(id))));
        this.Import("t", new Func<Label?, string>(label => label?.In(language) ?? "—"));
        this.Import("change", new Func<object?, object?, double?>((earlier, later) =>
            Analysis.PeriodFigures.Change(earlier is null ? null : Convert.ToInt64(earlier, CultureInfo.InvariantCulture),
                later is null ? null : Convert.ToInt64(later, CultureInfo.InvariantCulture))));
    }

    /// <summary>The file name (without extension) of a chart in one language.</summary>
    public static string ChartFile(string id, Language language) => $"{id}-{language.Code()}";

    public static Label ChartTitle(object chart) => chart switch
    {
        Charts.LineChart line => line.Title,
        Charts.BarChart bar => bar.Title,
        Charts.TileMap map => map.Title,
        _ => throw new ArgumentException($"Not a chart: {chart.GetType().Name}.", nameof(chart)),
    };
}
