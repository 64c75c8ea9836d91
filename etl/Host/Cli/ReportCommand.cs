using System.CommandLine;
using VolunteerDW.Host.Reporting;
using VolunteerDW.Reports.Compliance;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Cli;

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

    private static readonly Option<string?> QuarterOption = new("--quarter")
    {
        Description = "The quarter, e.g. 2026Q2 (default: the latest quarter that has ended).",
        HelpName = "yyyyQn",
    };

    private static readonly Option<string?> Region = new("--region")
    {
        Description = "A region's KATO code: the report for that region (its own return and its districts' and cities') instead of the national one.",
        HelpName = "KATO",
    };

    public static Command Create()
    {
        var command = new Command("report", "Write a report from the warehouse in Kazakh and Russian: HTML, Markdown and an XLSX annex.");
        command.Subcommands.Add(Verb("semiannual",
            "The semi-annual summary information on volunteer activity in the Republic of Kazakhstan (Rules §6.3, §10, §11), from current versions of the returns.",
            SemiAnnualAsync, Half));
        command.Subcommands.Add(Verb("quarterly",
            "The quarterly information: the national digest, or with --region a region's consolidated information as it goes to the ministry (Rules §8).",
            QuarterlyAsync, QuarterOption, Region));
        command.Subcommands.Add(Verb("compliance",
            "Who has not sent a quarter's return, or sent it late, at each tier, as of today (Rules §7, §8); with --region, for one region's akimat.",
            ComplianceAsync, QuarterOption, Region));
        return command;
    }

    private static Command Verb(string name, string description, Func<VerbContext, CancellationToken, Task<int>> run, params Option[] own)
    {
        var verb = new Command(name, description);
        foreach (var option in own.Concat([Languages, Formats, Out, Templates]))
        {
            verb.Options.Add(option);
        }

        VerbAction.Set(verb, run);
        return verb;
    }

    private static Task<int> QuarterlyAsync(VerbContext context, CancellationToken cancellationToken) =>
        QuarterReportAsync(context, (warehouse, quarter, region, token) => new QuarterlyBuilder(warehouse, TimeProvider.System).DocumentAsync(quarter, region, token), cancellationToken);

    private static Task<int> ComplianceAsync(VerbContext context, CancellationToken cancellationToken) =>
        QuarterReportAsync(context, (warehouse, quarter, region, token) => new ComplianceBuilder(warehouse, TimeProvider.System).DocumentAsync(quarter, region, token), cancellationToken);

    /// <summary>A quarter's report, national or with <c>--region</c> one region's.</summary>
    private static async Task<int> QuarterReportAsync(VerbContext context,
        Func<WarehouseConnectionFactory, Quarter, string?, CancellationToken, Task<ReportDocument>> build, CancellationToken cancellationToken)
    {
        var quarter = QuarterOf(context);
        var warehouse = await context.MigratedWarehouseAsync(cancellationToken);
        ReportDocument document;
        try
        {
            document = await build(warehouse, quarter, context.ParseResult.GetValue(Region), cancellationToken);
        }
        catch (ArgumentException wrong)
        {
            // A KATO code that is not a region is the user's mistake: one line, without the parameter's name.
            throw new WarehouseConfigurationException(wrong.Message.Split(" (Parameter", 2)[0]);
        }

        return await WriteAsync(context, document, cancellationToken);
    }

    private static Quarter QuarterOf(VerbContext context)
    {
        if (context.ParseResult.GetValue(QuarterOption) is not { } text)
        {
            return Quarter.Of(KazakhstanTime.Today(TimeProvider.System)).Previous;
        }

        var quarter = Parsed<Quarter>(text, Quarter.TryParse, "a quarter such as 2026Q2");
        return quarter.InCalendar ? quarter : throw new WarehouseConfigurationException($"{quarter} is outside the warehouse's calendar ({Quarter.First}–{Quarter.Last}).");
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
        var languages = ReportOptions.List(parse.GetValue(Languages)!, ReportOptions.ParseLanguage);
        var formats = ReportOptions.List(parse.GetValue(Formats)!, ReportOptions.ParseFormat);
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

    private delegate bool TryParse<T>(string? text, out T value);

    private static T Parsed<T>(string text, TryParse<T> parse, string expected) => parse(text, out var value)
        ? value
        : throw new WarehouseConfigurationException($"'{text}' is not {expected}.");
}
