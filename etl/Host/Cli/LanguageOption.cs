using System.CommandLine;
using VolunteerDW.Host.Reporting;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Cli;

/// <summary>The <c>--lang</c> option: the language of messages (default: <c>VDW_LANG</c>, else Russian).</summary>
internal static class LanguageOption
{
    public const string Variable = "VDW_LANG";

    public static Option<string?> Create() => new("--lang")
    {
        Description = $"Language of error messages: kk, ru or en (default: ${Variable}, else ru).",
        HelpName = "kk|ru|en",
    };

    public static Language Resolve(ParseResult parseResult, Option<string?> option)
    {
        var text = parseResult.GetValue(option) ?? Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(text) ? Language.Ru : ReportOptions.ParseLanguage(text);
    }
}
