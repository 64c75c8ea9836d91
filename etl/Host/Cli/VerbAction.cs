using System.CommandLine;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Host.Cli;

/// <summary>
/// Runs a verb's body and turns the failures a user can act on into one clear line and a non-zero
/// exit code; the stack trace is printed only with <c>--verbose</c>.
/// </summary>
internal static class VerbAction
{
    /// <summary>Exit code when the verb could not do its job (bad settings, unreachable database).</summary>
    public const int Failed = 2;

    public static void Set(Command command, Func<VerbContext, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new VerbContext(parseResult);
            try
            {
                return await body(context, cancellationToken);
            }
            catch (Exception exception) when (exception is WarehouseConfigurationException or WarehouseUnavailableException or WarehouseBusyException
                or MigrationFailedException)
            {
                await context.Error.WriteLineAsync($"vdw: {exception.Message}");
                if (context.Verbose)
                {
                    await context.Error.WriteLineAsync(exception.ToString());
                }

                return Failed;
            }
        });
    }
}

/// <summary>What a verb's body works with.</summary>
internal sealed class VerbContext(ParseResult parseResult)
{
    public ParseResult ParseResult { get; } = parseResult;

    public TextWriter Output => ParseResult.InvocationConfiguration.Output;

    public TextWriter Error => ParseResult.InvocationConfiguration.Error;

    public bool Verbose => ParseResult.GetValue(GlobalOptions.Verbose);

    public WarehouseConnectionFactory Warehouse() => GlobalOptions.Warehouse(ParseResult);

    /// <summary>The configured warehouse, which must exist and be migrated to the latest schema.</summary>
    public Task<WarehouseConnectionFactory> MigratedWarehouseAsync(CancellationToken cancellationToken) => MigratedAsync(Warehouse(), cancellationToken);

    /// <summary>A warehouse that must exist and be migrated to the latest schema.</summary>
    public static async Task<WarehouseConnectionFactory> MigratedAsync(WarehouseConnectionFactory warehouse, CancellationToken cancellationToken)
    {
        var pending = await new WarehouseMigrator(warehouse).PendingAsync(cancellationToken);
        return pending.Count == 0
            ? warehouse
            : throw new WarehouseConfigurationException(
                $"the warehouse is not up to date ({pending.Count} migration(s) pending, first {pending[0]}); run `vdw migrate` first.");
    }

    /// <summary>The migrated warehouse and its units and classifiers.</summary>
    public async Task<(WarehouseConnectionFactory Warehouse, DimensionSnapshot Dimensions)> DimensionsAsync(CancellationToken cancellationToken)
    {
        var warehouse = await MigratedWarehouseAsync(cancellationToken);
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        return (warehouse, await DimensionSnapshot.LoadAsync(connection, cancellationToken));
    }
}
