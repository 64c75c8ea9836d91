using System.CommandLine;
using System.Globalization;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw load</c>: loads quarterly returns (.xlsx) and regions' packages (.zip).</summary>
internal static class LoadCommand
{
    /// <summary>Exit code when some file was rejected, nothing given could be loaded (only skipped files, or none), or the load was stopped before the end.</summary>
    public const int NotAllLoaded = 1;

    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Workbooks (.xlsx), packages (.zip) or folders holding them (searched recursively, in name order). "
            + "Spreadsheets in other formats (.xls, .xlsm, .csv, .xlsb, .ods) and Excel's lock files (~$…) are skipped, saying why.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> Received = new("--received")
    {
        Description = "When the files were received, for backfills: a time such as 2026-07-09T10:00 (Kazakhstan time), "
            + "or 'mtime' for each file's modification time. Default: now.",
        HelpName = "time|mtime",
    };

    private static readonly Option<double> MaxFileMb = new("--max-file-mb")
    {
        Description = "Largest workbook accepted, in MB.",
        DefaultValueFactory = _ => 20,
    };

    private static readonly Option<double> JumpFactor = new("--jump-factor")
    {
        Description = "Warn when a unit's total grows or falls more than this many times against its previous quarter.",
        DefaultValueFactory = _ => 3.0,
    };

    private static readonly Option<bool> Quiet = new("--quiet")
    {
        Description = "Print only rejected and skipped files and the summary.",
    };

    private static readonly Option<string?> Language = LanguageOption.Create();

    public static Command Create()
    {
        var command = new Command("load",
            "Check and load quarterly returns. Each submission loads whole or not at all; the same content twice changes nothing; "
            + "a new version for the same unit and quarter supersedes the old one. "
            + "Exits with 1 when any file was rejected, or when nothing given could be loaded.");
        command.Arguments.Add(Paths);
        command.Options.Add(Received);
        command.Options.Add(MaxFileMb);
        command.Options.Add(JumpFactor);
        command.Options.Add(Quiet);
        command.Options.Add(Language);
        VerbAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var parse = context.ParseResult;
        var language = LanguageOption.Resolve(parse, Language);
        var options = new LoadOptions
        {
            Received = ParseReceived(parse.GetValue(Received)),
            Limits = new ArchiveLimits { MaxFileBytes = (long)(parse.GetValue(MaxFileMb) * 1024 * 1024) },
            JumpFactor = parse.GetValue(JumpFactor),
            WhileWaiting = () => context.Error.WriteLine("Another load is running on this warehouse; waiting for it to end…"),
        };
        var warehouse = await context.MigratedWarehouseAsync(cancellationToken);
        await context.Output.WriteLineAsync($"Warehouse: {warehouse.Settings.Describe()}");
        LoadReport report;
        using (var progress = ProgressBar.ForConsole(context.Error))
        {
            try
            {
                report = await new SubmissionLoader(warehouse, options).LoadAsync(parse.GetValue(Paths)!, progress, cancellationToken);
            }
            catch (FileNotFoundException missing)
            {
                throw new WarehouseConfigurationException(missing.Message);
            }
        }

        await new LoadResultTable(context.Output, language, parse.GetValue(Quiet)).WriteAsync(report);
        if (report.Stopped)
        {
            await context.Error.WriteLineAsync(
                "vdw: stopped before the end: what is listed above was loaded; run the same command again for the rest (nothing loads twice).");
        }

        return report.AllAccepted && report.Results.Any(r => r.Accepted) && !report.Stopped ? 0 : NotAllLoaded;
    }

    private static ReceivedTime ParseReceived(string? text)
    {
        try
        {
            return text is null ? ReceivedTime.Now : ReceivedTime.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new WarehouseConfigurationException(exception.Message);
        }
    }

    internal static string Thousands(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');
}
