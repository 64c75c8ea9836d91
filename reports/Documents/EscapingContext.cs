using Scriban;
using Scriban.Parsing;
using VolunteerDW.Reports.Rendering;

namespace VolunteerDW.Reports.Documents;

/// <summary>
/// A template context that escapes everything an expression writes — model values, submitted
/// text, function results — for Markdown, so that nothing from the data can become markup; only
/// <see cref="MarkdownBlock"/>s from the report's own functions pass as they are. Templates run
/// with limits on loops, recursion and regular expressions, and can reach only their own folder.
/// </summary>
internal sealed class EscapingContext : TemplateContext
{
    public EscapingContext(TemplateSource source)
    {
        TemplateLoader = source;
        StrictVariables = true;
        LoopLimit = 100_000;
        RecursiveLimit = 64;
        RegexTimeOut = TimeSpan.FromSeconds(1);
        NewLine = "\n";
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        MarkdownBlock block => Write(block.Text),
        _ => Write(MarkdownText.Escape(ObjectToString(textAsObject) ?? string.Empty)),
    };
}
