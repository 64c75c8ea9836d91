using System.CommandLine;
using VolunteerDW.Host.PowerBi;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw powerbi</c>: writes the Power BI data-source file for the SQL Server warehouse.</summary>
internal static class PowerBiCommand
{
    public static Command Create()
    {
        var mode = new Option<PowerBiMode>("--mode")
        {
            Description = "directquery: every visual queries the warehouse live, as the person signed in, so row-level security applies to each viewer; "
                + "import: Power BI copies the rows the author may see into the report.",
            HelpName = "directquery|import",
            DefaultValueFactory = _ => PowerBiMode.DirectQuery,
        };
        var output = new Option<string?>("--out")
        {
            Description = $"Where to write the file (default: {PbidsFile.DefaultFileName} in the current folder).",
            HelpName = "file.pbids",
        };
        var command = new Command("powerbi",
            "Write a Power BI data-source file (.pbids) for the SQL Server warehouse: its server and database and the connection mode, no credentials. "
            + "Opening it in Power BI Desktop starts Get data on the warehouse. Does not connect to the server.")
        {
            mode, output,
        };
        VerbAction.Set(command, (context, cancellationToken) => RunAsync(context, mode, output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, Option<PowerBiMode> modeOption, Option<string?> outputOption, CancellationToken cancellationToken)
    {
        var file = PbidsFile.For(context.Warehouse().Settings, context.ParseResult.GetValue(modeOption));
        var path = Path.GetFullPath(context.ParseResult.GetValue(outputOption) ?? PbidsFile.DefaultFileName);
        await file.WriteAsync(path, cancellationToken);

        await context.Output.WriteLineAsync($"Power BI data source ({file.Mode}) for SQL Server {file.Server}, database {file.Database}: {path}");
        await context.Output.WriteLineAsync(
            "Open it in Power BI Desktop, sign in with a login in vdw_analyst or vdw_regional_analyst, and pick the views v_* (v_calendar is the date table).");
        return 0;
    }
}
