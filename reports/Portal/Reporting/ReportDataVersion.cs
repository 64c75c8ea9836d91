using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using VolunteerDW.Reports.Output;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// A short stamp that changes whenever a report made now could read differently from one made
/// before: the warehouse's data (<see cref="ReportCacheSql.DataStamp"/>); the day in Kazakhstan,
/// because a report speaks as of its day — it prints the date it was made, and a return not in by a
/// deadline turns from pending to missing when the day passes; the build of the report code; and
/// the templates, when a folder of the ministry's own replaces the shipped ones.
/// </summary>
public static class ReportDataVersion
{
    private static readonly string _build = typeof(ReportWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static async Task<string> OfAsync(WarehouseConnectionFactory connections, TimeProvider time, string? templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var data = (IDictionary<string, object?>)await connection.QuerySingleAsync(new CommandDefinition(ReportCacheSql.DataStamp, cancellationToken: cancellationToken));
        var parts = data.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))
            .Append(KazakhstanTime.Today(time).ToString("yyyyMMdd", CultureInfo.InvariantCulture))
            .Append(_build)
            .Append(TemplatesStamp(templates));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts))))[..16];
    }

    private static string TemplatesStamp(string? folder)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return string.Empty;
        }

        var files = Directory.GetFiles(folder, "*.scriban");
        return string.Join(',', files.Order(StringComparer.Ordinal).Select(f => $"{Path.GetFileName(f)}@{File.GetLastWriteTimeUtc(f).Ticks}"));
    }
}
