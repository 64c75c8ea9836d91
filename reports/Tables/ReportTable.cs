using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Tables;

/// <summary>How a column's values are shown: decides number formats in text and in the XLSX annex.</summary>
public enum ColumnKind
{
    /// <summary>Text: names, codes, titles (submitted text included — always escaped where rendered).</summary>
    Text,

    /// <summary>A whole number (long).</summary>
    Count,

    /// <summary>A number with one decimal (double), e.g. a rate per 10,000 people.</summary>
    Rate,

    /// <summary>A share, stored as a fraction (0.153), shown as a percentage (15.3%).</summary>
    Percent,

    /// <summary>A change, stored as a fraction (0.153), shown as a signed percentage (+15.3%, −4.0%), as the text writes it.</summary>
    Change,

    /// <summary>A date (DateOnly).</summary>
    Date,
}

/// <summary>A column: a stable key, its heading in each language, and its kind.</summary>
public sealed record ReportColumn(string Key, Label Header, ColumnKind Kind);

/// <summary>
/// A table of a report: shown in the report's annex and written as a sheet of the XLSX annex, so
/// that every number in the text can be traced to it. Cells are string, long, double, DateOnly,
/// or null for "not reported / not applicable" — never a 0 standing in for a missing figure; text
/// that differs by language is a <see cref="Label"/> until the table is resolved with <see cref="In"/>.
/// </summary>
/// <param name="Id">A stable identifier: templates and the HTML page name the table by it.</param>
/// <param name="Title">The table's title.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The rows; each has one cell per column.</param>
/// <param name="Note">What the table counts and from where, when the title alone does not say.</param>
/// <param name="Sheet">Its XLSX sheet's name, for a title longer than a sheet name holds (31 characters) in some language.</param>
public sealed record ReportTable(string Id, Label Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, Label? Note = null, Label? Sheet = null)
{
    /// <summary>The name of its XLSX sheet: the short name if it has one, else its title.</summary>
    public Label SheetName => Sheet ?? Title;

    /// <summary>The table with text given in several languages (<see cref="Label"/> cells) resolved to one.</summary>
    public ReportTable In(Language language) => this with
    {
        Rows = [.. Rows.Select(row => (IReadOnlyList<object?>)[.. row.Select(cell => cell is Label label ? label.In(language) : cell)])],
    };
}
