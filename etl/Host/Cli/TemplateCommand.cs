using System.CommandLine;
using VolunteerDW.Etl.BlankReturn;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw template</c>: writes a unit's pre-filled quarterly return workbook.</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var unit = new Option<string>("--unit")
        {
            Description = "KATO code of the district, city or region that reports, e.g. 101000000.",
            HelpName = "KATO",
            Required = true,
        };
        var quarter = new Option<string>("--quarter")
        {
            Description = $"The quarter reported, e.g. 2026Q3 ({Quarter.First}–{Quarter.Last}).",
            HelpName = "yyyyQn",
            Required = true,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Where to write the workbook (default: <kato>_<quarter>.xlsx in the current folder).",
            HelpName = "file.xlsx",
        };
        var command = new Command("template",
            "Write the pre-filled quarterly return workbook (format vdw-submission/1) that a district or region fills in Excel or LibreOffice.")
        {
            unit, quarter, output,
        };
        VerbAction.Set(command, (context, cancellationToken) => RunAsync(context, unit, quarter, output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, Option<string> unitOption, Option<string> quarterOption, Option<string?> outputOption,
        CancellationToken cancellationToken)
    {
        var kato = context.ParseResult.GetRequiredValue(unitOption).Trim();
        var quarter = ParseQuarter(context.ParseResult.GetRequiredValue(quarterOption));
        var (warehouse, snapshot) = await context.DimensionsAsync(cancellationToken);

        var unit = TemplateUnit.Resolve(snapshot, kato, quarter);
        var path = Path.GetFullPath(context.ParseResult.GetValue(outputOption) ?? $"{unit.KatoCode}_{quarter}.xlsx");
        byte[] bytes;
        await using (var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken))
        {
            bytes = await ReturnTemplate.WriteAsync(connection, snapshot, unit, quarter, cancellationToken);
        }

        try
        {
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseConfigurationException($"cannot write {path}: {exception.Message}", exception);
        }

        await context.Output.WriteLineAsync($"Template for {unit.KatoCode} {unit.NameRu}, {quarter}: {path}");
        return 0;
    }

    private static Quarter ParseQuarter(string text)
    {
        Quarter quarter;
        try
        {
            quarter = Quarter.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new WarehouseConfigurationException(exception.Message, exception);
        }

        if (!quarter.InCalendar)
        {
            throw new WarehouseConfigurationException($"{quarter} is outside the warehouse's calendar: give a quarter from {Quarter.First} to {Quarter.Last}.");
        }

        return quarter;
    }
}
