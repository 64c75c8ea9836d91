using System.CommandLine;
using VolunteerDW.Warehouse.Dictionary;

namespace VolunteerDW.Host.Cli;

/// <summary><c>vdw docs</c>: writes the data dictionary from the schema and its descriptions.</summary>
internal static class DocsCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the dictionary (default: {DataDictionaryWriter.DefaultPath}, from the repository root).",
            HelpName = "file.md",
            DefaultValueFactory = _ => DataDictionaryWriter.DefaultPath,
        };
        var command = new Command("docs",
            "Write the data dictionary: every view and table with its grain, keys, columns and meaning, from the schema the migrations create and warehouse/Dictionary/descriptions.json.")
        {
            output,
        };
        VerbAction.Set(command, (context, cancellationToken) => RunAsync(context, output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, Option<string> outputOption, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(context.ParseResult.GetRequiredValue(outputOption));
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            await context.Error.WriteLineAsync($"vdw: the folder {folder} does not exist; run from the repository root or give --out <file.md>.");
            return VerbAction.Failed;
        }

        var catalog = await SchemaCatalog.OfShippedMigrationsAsync(cancellationToken);
        string markdown;
        try
        {
            markdown = DataDictionaryWriter.Markdown(catalog, SchemaDescriptions.Shipped);
        }
        catch (InvalidDataException gaps)
        {
            await context.Error.WriteLineAsync($"vdw: {gaps.Message}");
            return VerbAction.Failed;
        }

        await File.WriteAllTextAsync(path, markdown, cancellationToken);
        await context.Output.WriteLineAsync($"Data dictionary: {catalog.Objects.Count(o => o.IsView)} views and {catalog.Objects.Count(o => !o.IsView)} tables written to {path}");
        return 0;
    }
}
