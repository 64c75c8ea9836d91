using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Tables;

/// <summary>
/// A report's table as a page shows it (<c>_ReportTable</c>): the same table the report and its
/// annex print, cells formatted by the report's own rule, and, where given, a link on each row's
/// first cell to where that row leads.
/// </summary>
/// <param name="Table">The table, its text still in every language.</param>
/// <param name="Language">The reader's language.</param>
/// <param name="Links">One address (or null) per row, for the row's first cell.</param>
public sealed record TableView(ReportTable Table, Language Language, IReadOnlyList<string?>? Links = null)
{
    /// <summary>The table's rows and headings in the reader's language.</summary>
    public ReportTable Localized { get; } = Table.In(Language);

    public string? LinkOf(int row) => Links is { } links && row < links.Count ? links[row] : null;
}
