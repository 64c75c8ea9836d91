using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using VolunteerDW.Warehouse;

namespace VolunteerDW.Reports.Documents;

/// <summary>
/// Where report templates come from: a folder of overrides first (so the ministry can change
/// wording without a rebuild), then the templates shipped in the assembly. Names are plain file
/// names — no paths — so an override folder is all a template can reach.
/// </summary>
public sealed partial class TemplateSource(string? overrideFolder = null) : ITemplateLoader
{
    public const string EmbeddedFolder = "Templates/";

    /// <summary>The folder of overrides, if any.</summary>
    public string? OverrideFolder { get; } = overrideFolder;

    /// <summary>The text of a template, e.g. <c>semiannual.ru.scriban</c>.</summary>
    public string Read(string name)
    {
        if (OverridePath(name) is { } path && File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var assembly = typeof(TemplateSource).Assembly;
        var embedded = EmbeddedFolder + name;
        return EmbeddedFiles.List(assembly, EmbeddedFolder).Contains(embedded, StringComparer.Ordinal)
            ? EmbeddedFiles.Read(assembly, embedded)
            : throw new FileNotFoundException($"There is no report template '{name}'{(OverrideFolder is null ? string.Empty : $" in {OverrideFolder} or")} among the shipped ones.", name);
    }

    /// <summary>The names of the shipped templates.</summary>
    public static IReadOnlyList<string> Shipped() =>
        [.. EmbeddedFiles.List(typeof(TemplateSource).Assembly, EmbeddedFolder).Select(n => n[EmbeddedFolder.Length..])];

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Checked(templateName);

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(Checked(templatePath));

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Read(Checked(templatePath)));

    private string? OverridePath(string name) => OverrideFolder is null ? null : Path.Combine(OverrideFolder, Checked(name));

    private static string Checked(string name) => SafeName().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a template name: use a plain file name such as semiannual.ru.scriban.", nameof(name));

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_.-]*\.scriban$")]
    private static partial Regex SafeName();
}
