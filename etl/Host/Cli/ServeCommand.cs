using System.CommandLine;
using Microsoft.Extensions.Hosting;
using VolunteerDW.Host.Service;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw serve</c>: the scheduled service, until it is stopped.</summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create()
    {
        var command = new Command(Name,
            "Run the service until stopped (SIGTERM or Ctrl+C): the web portal, and the scheduled jobs — load files from the inbox, check each quarter after its deadlines, "
            + "and write the compliance reports, the quarterly digest and the semi-annual report on the calendar of the Rules. "
            + "Migrates the warehouse first if it is behind. Logs go to the console.");
        command.Options.Add(ServiceOptions.Config);
        VerbAction.Set(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var (configuration, settings, warehouse) = ServiceOptions.Resolve(context.ParseResult);
        await context.Output.WriteLineAsync($"Warehouse: {warehouse.Settings.Describe()}");
        foreach (var name in await new WarehouseMigrator(warehouse).MigrateIfBehindAsync(cancellationToken))
        {
            await context.Output.WriteLineAsync($"  applied  {name}");
        }

        await using var host = ServiceHost.Build(ServiceHost.CreateBuilder(configuration, settings, warehouse, TimeProvider.System));
        await host.StartAsync(cancellationToken);
        // The addresses it is listening on, as the operator (and a port of 0, the port chosen) needs them.
        foreach (var url in host.Urls)
        {
            await context.Output.WriteLineAsync($"Portal: {url}");
        }

        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
