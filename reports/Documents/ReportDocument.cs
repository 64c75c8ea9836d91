using VolunteerDW.Reports.Tables;

namespace VolunteerDW.Reports.Documents;

/// <summary>
/// A report ready to render: its model for the templates, the tables every figure can be traced
/// to, its charts, and the submissions it was computed from.
/// </summary>
/// <param name="Name">The base of its file names, e.g. <c>semiannual-2026H1</c>.</param>
/// <param name="Template">The template family, e.g. <c>semiannual</c> (then <c>semiannual.ru.scriban</c>).</param>
/// <param name="Info">Title, period, when generated and as of when.</param>
/// <param name="Model">What the templates read as <c>model</c>.</param>
/// <param name="Tables">The tables, by id.</param>
/// <param name="Charts">The charts, by id.</param>
/// <param name="Sources">The submissions it was computed from.</param>
public sealed record ReportDocument(
    string Name,
    string Template,
    ReportInfo Info,
    object Model,
    IReadOnlyDictionary<string, ReportTable> Tables,
    IReadOnlyDictionary<string, object> Charts,
    IReadOnlyList<ReportSource> Sources);
