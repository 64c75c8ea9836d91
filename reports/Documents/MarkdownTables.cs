using System.Text;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Reports.Rendering;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Documents;

/// <summary>A report table as a Markdown table in one language: numbers formatted and right-aligned, text escaped.</summary>
public static class MarkdownTables
{
    private static readonly Label NoRows = new("Жазбалар жоқ.", "Записей нет.", "No rows.");

    public static MarkdownBlock Render(ReportTable table, Language language)
    {
        ArgumentNullException.ThrowIfNull(table);
        var localized = table.In(language);
        var text = new StringBuilder();
        if (localized.Rows.Count == 0)
        {
            return new MarkdownBlock(MarkdownText.Escape(NoRows.In(language)));
        }

        text.Append('|').AppendJoin('|', localized.Columns.Select(c => $" {MarkdownText.Cell(c.Header.In(language))} ")).Append("|\n");
        text.Append('|').AppendJoin('|', localized.Columns.Select(c => c.Kind == ColumnKind.Text ? "---" : "---:")).Append("|\n");
        foreach (var row in localized.Rows)
        {
            text.Append('|').AppendJoin('|', localized.Columns.Select((c, i) => $" {MarkdownText.Cell(Format(row[i], c.Kind, language))} ")).Append("|\n");
        }

        return new MarkdownBlock(text.ToString().TrimEnd('\n'));
    }

    /// <summary>A cell as text: blank (not reported) is a dash, never a zero.</summary>
    public static string Format(object? value, ColumnKind kind, Language language) => value switch
    {
        null => "—",
        string text => text,
        DateOnly date => DateText.Date(date, language),
        _ when kind == ColumnKind.Percent => NumberText.Percent(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), 1, language),
        _ when kind == ColumnKind.Change => NumberText.SignedPercent(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), 1, language),
        _ when kind == ColumnKind.Rate => NumberText.WithDecimals(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), 1, language),
        _ => NumberText.WithDecimals(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture), 0, language),
    };
}
