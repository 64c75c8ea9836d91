namespace VolunteerDW.Reports.Documents;

/// <summary>
/// Markdown built by the report's own code (a table, a chart reference), with every value inside
/// it already escaped: the only output a template may write without escaping.
/// </summary>
public sealed record MarkdownBlock(string Text)
{
    public override string ToString() => Text;
}
