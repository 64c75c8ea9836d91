using Microsoft.Extensions.Configuration;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Service;

/// <summary>
/// The service's configuration, each source over the one before: the shipped
/// <c>appsettings.json</c> beside the program, the operator's own file (<c>--config</c>), and
/// environment variables prefixed <c>VDW_</c> with <c>__</c> between keys
/// (<c>VDW_Service__Inbox=/srv/inbox</c>, <c>VDW_Jobs__inbox__Cron=...</c>).
/// </summary>
public static class ServiceConfiguration
{
    public const string FileName = "appsettings.json";

    public const string EnvironmentPrefix = "VDW_";

    public static IConfigurationRoot Load(string? file, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        if (file is not null && !File.Exists(file))
        {
            throw new WarehouseConfigurationException($"The configuration file {file} does not exist.");
        }

        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, FileName), optional: true, reloadOnChange: false);
        if (file is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        try
        {
            return builder.Build();
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException)
        {
            throw new WarehouseConfigurationException($"The configuration is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>
    /// The warehouse, as every verb finds it — <c>--engine</c> and <c>--connection</c>, then
    /// <c>VDW_ENGINE</c> and <c>VDW_CONNECTION</c> — and then the <c>Warehouse</c> section.
    /// </summary>
    public static WarehouseConnectionFactory Warehouse(IConfiguration configuration, string? engine, string? connection)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var environment = Environment.GetEnvironmentVariables();
        string? Configured(string? option, string variable, string key) =>
            option ?? (string.IsNullOrWhiteSpace(environment[variable] as string) ? configuration[key] : null);
        return new(WarehouseSettings.Resolve(
            Configured(engine, WarehouseSettings.EngineVariable, "Warehouse:Engine"),
            Configured(connection, WarehouseSettings.ConnectionVariable, "Warehouse:Connection")));
    }
}
