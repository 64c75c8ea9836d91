using System.CommandLine;
using Microsoft.Extensions.Configuration;
using VolunteerDW.Host.Service;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Cli;

/// <summary>The <c>--config</c> option of the service verbs, and what it resolves to.</summary>
internal static class ServiceOptions
{
    public static readonly Option<string?> Config = new("--config")
    {
        Description = $"A JSON file of settings over the shipped {ServiceConfiguration.FileName} (folders, schedules, report languages); "
            + $"environment variables {ServiceConfiguration.EnvironmentPrefix}<Section>__<Key> override both.",
        HelpName = "file",
    };

    /// <summary>The configuration, the service's settings and its warehouse.</summary>
    public static (IConfigurationRoot Configuration, ServiceSettings Settings, WarehouseConnectionFactory Warehouse) Resolve(ParseResult parse)
    {
        var configuration = ServiceConfiguration.Load(parse.GetValue(Config));
        var warehouse = ServiceConfiguration.Warehouse(configuration, parse.GetValue(GlobalOptions.Engine), parse.GetValue(GlobalOptions.Connection));
        return (configuration, ServiceSettings.From(configuration), warehouse);
    }
}
