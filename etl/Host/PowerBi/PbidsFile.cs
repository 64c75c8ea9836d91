using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.SqlClient;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.PowerBi;

/// <summary>How Power BI reads the warehouse.</summary>
public enum PowerBiMode
{
    /// <summary>Every visual queries the warehouse as it is now, as the person signed in.</summary>
    DirectQuery,

    /// <summary>Power BI copies the data into the report and refreshes it on demand.</summary>
    Import,
}

/// <summary>
/// A Power BI data-source file (<c>.pbids</c>, JSON, format version 0.1): the SQL Server
/// warehouse's server and database and the connection mode. Power BI Desktop opens it as a ready
/// "Get data" on the warehouse and asks whoever opens it to sign in, so it holds no credentials.
/// </summary>
public sealed record PbidsFile(string Server, string Database, PowerBiMode Mode)
{
    /// <summary>The file name written when none is given.</summary>
    public const string DefaultFileName = "volunteerdw.pbids";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The file for the configured warehouse, which must be on SQL Server and name its database.</summary>
    public static PbidsFile For(WarehouseSettings settings, PowerBiMode mode)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Engine != WarehouseEngine.SqlServer)
        {
            throw new WarehouseConfigurationException(
                $"Power BI connects to the SQL Server warehouse, and the configured one is {settings.Describe()}: "
                + $"pass --engine sqlserver --connection \"Server=...;Database=VolunteerDW;...\", or set {WarehouseSettings.EngineVariable}=sqlserver and {WarehouseSettings.ConnectionVariable}.");
        }

        SqlConnectionStringBuilder builder;
        try
        {
            builder = new SqlConnectionStringBuilder(settings.ConnectionString);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new WarehouseConfigurationException($"the SQL Server connection string cannot be read: {exception.Message}", exception);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new WarehouseConfigurationException("the SQL Server connection string names no server: add Server=<host>[,port] to it.");
        }

        if (string.IsNullOrWhiteSpace(builder.InitialCatalog))
        {
            throw new WarehouseConfigurationException(
                "the SQL Server connection string names no database, and Power BI must be pointed at the warehouse's: add Database=<name> (e.g. Database=VolunteerDW) to it.");
        }

        return new PbidsFile(ServerName(builder.DataSource), builder.InitialCatalog, mode);
    }

    /// <summary>The file's JSON, as the Power BI documentation gives it for SQL Server (protocol <c>tds</c>).</summary>
    public string ToJson()
    {
        var connection = new JsonObject
        {
            ["details"] = new JsonObject
            {
                ["protocol"] = "tds",
                ["address"] = new JsonObject { ["server"] = Server, ["database"] = Database },
            },
            ["options"] = new JsonObject(),
            ["mode"] = Mode.ToString(),
        };
        var document = new JsonObject { ["version"] = "0.1", ["connections"] = new JsonArray(connection) };
        return document.ToJsonString(Indented) + "\n";
    }

    /// <summary>Writes the file (UTF-8), replacing one that is there.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            await File.WriteAllTextAsync(path, ToJson(), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseConfigurationException($"cannot write {path}: {exception.Message}", exception);
        }
    }

    // Power BI always speaks TCP to SQL Server; SqlClient's "tcp:" prefix would only make the same
    // server look like a different data source in Power BI's credentials and privacy settings.
    private static string ServerName(string dataSource)
    {
        var server = dataSource.Trim();
        return server.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase) ? server[4..].Trim() : server;
    }
}
