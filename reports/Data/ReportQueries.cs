using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse;

namespace VolunteerDW.Reports.Data;

/// <summary>Runs the report queries, one embedded file per dataset (<c>reports/Queries/</c>), with parameters.</summary>
public static class ReportQueries
{
    public const string Folder = "Queries/";

    /// <summary>The text of a query, by file name without extension.</summary>
    public static string Sql(string name) => EmbeddedFiles.Read(typeof(ReportQueries).Assembly, $"{Folder}{name}.sql");

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(DbConnection connection, string name, object? parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await connection.QueryAsync<T>(new CommandDefinition(Sql(name), parameters, cancellationToken: cancellationToken));
        return [.. rows];
    }
}
