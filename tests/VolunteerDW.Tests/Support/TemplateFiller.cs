using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Writes templates with the real <c>vdw template</c> and fills them with another program
/// (Python's openpyxl, from the Debian package python3-openpyxl), as an officer's spreadsheet
/// would: numbers as numbers, dates as spreadsheet dates, text as text.
/// </summary>
public static class TemplateFiller
{
    /// <summary>Writes the template of a unit and quarter into the warehouse's folder and returns its path.</summary>
    public static async Task<string> TemplateAsync(TestWarehouse warehouse, string kato, string quarter)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var path = Path.Combine(warehouse.Folder, $"{kato}_{quarter}_template.xlsx");
        var run = await CliRun.ExecuteAsync("template", "--unit", kato, "--quarter", quarter, "--out", path,
            "--connection", warehouse.Settings.ConnectionString);
        Assert.True(run.ExitCode == 0, $"vdw template failed: {run.Error}");
        return path;
    }

    /// <summary>
    /// Opens the template (or any workbook) with openpyxl, writes each value (a string, a number,
    /// a boolean, a <see cref="DateOnly"/> for a real date or a <see cref="Formula"/>) into its
    /// sheet and cell, and saves it as the output. openpyxl calculates nothing: a formula is saved
    /// without a result, and a boolean as a logical value.
    /// </summary>
    public static async Task FillAsync(string templatePath, string outputPath, IEnumerable<(string Sheet, string Cell, object Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var json = JsonSerializer.Serialize(values.Select(v => v.Value switch
        {
            DateOnly date => new Dictionary<string, object> { ["sheet"] = v.Sheet, ["cell"] = v.Cell, ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            Formula formula => new Dictionary<string, object> { ["sheet"] = v.Sheet, ["cell"] = v.Cell, ["formula"] = formula.Text },
            _ => new Dictionary<string, object> { ["sheet"] = v.Sheet, ["cell"] = v.Cell, ["value"] = v.Value },
        }));
        var start = new ProcessStartInfo(Python.Interpreter)
        {
            ArgumentList = { RepoPaths.Of("tests", "VolunteerDW.Tests", "BlankReturn", "fill_template.py"), templatePath, outputPath },
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Python.Start(start);
        await process.StandardInput.WriteAsync(json);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Python.Timeout);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"fill_template.py failed (exit {process.ExitCode}): {await error}");
    }

    /// <summary>A formula to write into a cell, as typed: <c>=SUM(D3:E3)</c>.</summary>
    public sealed record Formula(string Text);
}
