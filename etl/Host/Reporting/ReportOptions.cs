using VolunteerDW.Etl.Problems;
using VolunteerDW.Reports.Output;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Reporting;

/// <summary>The languages and formats a report is written in, as a user types them: comma-separated codes.</summary>
internal static class ReportOptions
{
    public static Language ParseLanguage(string text)
    {
        try
        {
            return Messages.ParseLanguage(text);
        }
        catch (FormatException exception)
        {
            throw new WarehouseConfigurationException(exception.Message);
        }
    }

    public static ReportFormat ParseFormat(string text) => Enum.TryParse<ReportFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format)
        ? format
        : throw new WarehouseConfigurationException($"Unknown format '{text}': use html, md, xlsx or pdf.");

    /// <summary>A comma-separated list, each item parsed, repeats dropped.</summary>
    public static List<T> List<T>(string text, Func<string, T> parse) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).Distinct()];
}
