namespace VolunteerDW.Reports.Output;

/// <summary>A report could not be written: a template failed to parse or run, or an output could not be made.</summary>
public sealed class ReportTemplateException(string template, string reason)
    : Exception($"Report template {template}: {reason}")
{
    public string Template { get; } = template;
}
