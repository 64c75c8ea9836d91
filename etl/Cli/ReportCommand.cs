using System.CommandLine;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Reports.Templating;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Cli;

/// <summary><c>vdw report</c>: the semi-annual summary, the quarterly information and the compliance report.</summary>
internal static class ReportCommand
{
    private static readonly Option<string> Languages = new("--lang")
    {
        Description = "Languages, comma-separated: kk, ru, en.",
        DefaultValueFactory = _ => "kk,ru",
        HelpName = "kk,ru",
    };

    private static readonly Option<string> Formats = new("--format")
    {
        Description = "Formats, comma-separated: html, md, xlsx, pdf (pdf needs a Chromium browser).",
        DefaultValueFactory = _ => "html,md,xlsx",
        HelpName = "html,md,xlsx",
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "Folder for the files.",
        DefaultValueFactory = _ => "data/reports",
        HelpName = "folder",
    };

    private static readonly Option<string?> Templates = new("--templates")
    {
        Description = "A folder of templates that replace the shipped ones of the same name (e.g. semiannual.ru.scriban), to change wording without a rebuild.",
        HelpName = "folder",
    };

    private static readonly Option<string?> Half = new("--half")
    {
        Description = "The half-year, e.g. 2026H1 (default: the latest half that has ended).",
        HelpName = "yyyyHn",
    };

    public static Command Create()
    {
        var command = new Command("report", "Write a report from the warehouse in Kazakh and Russian: HTML, Markdown and an XLSX annex.");
        var semiannual = new Command("semiannual",
            "The semi-annual summary information on volunteer activity in the Republic of Kazakhstan (Rules §6.3, §10, §11), from current versions of the returns.");
        foreach (var option in new Option[] { Half, Languages, Formats, Out, Templates })
        {
            semiannual.Options.Add(option);
        }

        VerbAction.Set(semiannual, SemiAnnualAsync);
        command.Subcommands.Add(semiannual);
        return command;
    }

    private static async Task<int> SemiAnnualAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var parse = context.ParseResult;
        var half = parse.GetValue(Half) is { } text
            ? Parsed<HalfYear>(text, HalfYear.TryParse, "a half-year such as 2026H1")
            : HalfYear.LatestEndedBy(KazakhstanTime.Today(TimeProvider.System));
        var warehouse = await context.MigratedWarehouseAsync(cancellationToken);
        var document = await new SemiAnnualBuilder(warehouse, TimeProvider.System).DocumentAsync(half, cancellationToken);
        return await WriteAsync(context, document, cancellationToken);
    }

    private static async Task<int> WriteAsync(VerbContext context, ReportDocument document, CancellationToken cancellationToken)
    {
        var parse = context.ParseResult;
        var languages = List(parse.GetValue(Languages)!, LanguageOption.Parse);
        var formats = List(parse.GetValue(Formats)!, f => Enum.TryParse<ReportFormat>(f, ignoreCase: true, out var format)
            ? format
            : throw new WarehouseConfigurationException($"Unknown format '{f}': use html, md, xlsx or pdf."));
        var templates = parse.GetValue(Templates);
        if (templates is not null && !Directory.Exists(templates))
        {
            throw new WarehouseConfigurationException($"The templates folder {templates} does not exist.");
        }

        IReadOnlyList<string> files;
        try
        {
            files = await new ReportWriter(new TemplateSource(templates)).WriteAsync(document, languages, formats, parse.GetValue(Out)!, cancellationToken);
        }
        catch (ReportTemplateException failure)
        {
            throw new WarehouseConfigurationException(failure.Message);
        }

        await context.Output.WriteLineAsync($"{document.Info.Title.Ru} — {document.Info.Period.Ru}");
        foreach (var file in files.Where(f => !f.EndsWith(".svg", StringComparison.Ordinal)))
        {
            await context.Output.WriteLineAsync($"  {Path.GetFullPath(file)}");
        }

        return 0;
    }

    private static List<T> List<T>(string text, Func<string, T> parse) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).Distinct()];

    private delegate bool TryParse<T>(string? text, out T value);

    private static T Parsed<T>(string text, TryParse<T> parse, string expected) => parse(text, out var value)
        ? value
        : throw new WarehouseConfigurationException($"'{text}' is not {expected}.");
}
