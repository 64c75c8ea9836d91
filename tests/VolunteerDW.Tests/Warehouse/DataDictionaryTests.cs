using VolunteerDW.Tests.Reports;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dictionary;
using VolunteerDW.Warehouse.Views;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>The data dictionary: complete, current, and its view keys true of real data.</summary>
[Collection(SharedReportDataset.Name)]
public sealed class DataDictionaryTests(ReportDataset dataset)
{
    private static readonly Lazy<Task<SchemaCatalog>> Catalog = new(() => SchemaCatalog.OfShippedMigrationsAsync());

    [Fact]
    public async Task Every_table_view_and_column_is_described_and_nothing_else()
    {
        var catalog = await Catalog.Value;

        var gaps = SchemaDescriptions.Shipped.Gaps(catalog);

        Assert.True(gaps.Count == 0, "warehouse/Dictionary/descriptions.json:\n" + string.Join("\n", gaps));
        Assert.Contains(catalog.Objects, o => o.Name == "v_subjects_as_received" && o.IsView);
        Assert.Contains(catalog.Objects, o => o.Name == "fact_subjects" && !o.IsView);
    }

    [Fact]
    public async Task The_committed_dictionary_is_what_vdw_docs_writes_now()
    {
        var folder = Directory.CreateTempSubdirectory("vdw-docs-test-").FullName;
        try
        {
            var written = Path.Combine(folder, "DATA-DICTIONARY.md");
            var run = await CliRun.ExecuteAsync("docs", "--out", written);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"{ViewCatalog.All.Count} views", run.Output, StringComparison.Ordinal);
            Assert.True(File.ReadAllText(RepoPaths.Of(DataDictionaryWriter.DefaultPath)) == File.ReadAllText(written),
                $"{DataDictionaryWriter.DefaultPath} is out of date: run ./scripts/vdw docs and commit it.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_dictionary_gives_each_tables_keys_references_and_each_columns_meaning()
    {
        var markdown = DataDictionaryWriter.Markdown(await Catalog.Value, SchemaDescriptions.Shipped);

        var section = markdown[markdown.IndexOf("### fact_subjects", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", 5, StringComparison.Ordinal)];
        Assert.Contains("- **Primary key:** `submission_key`, `subject_type_key`, `activity_type_key`", section, StringComparison.Ordinal);
        Assert.Contains("| `region_sk` | no | `dim_region.region_sk` | The unit version the row belongs to", section, StringComparison.Ordinal);
        Assert.Contains("| `subjects` | yes |  | Number of subjects of volunteer activity", section, StringComparison.Ordinal);
        Assert.Contains("- **Key:** `unit_kato`, `quarter_key`, `subject_type_code`, `activity_type_code`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_stale_description_is_named_and_no_dictionary_is_written_with_it()
    {
        var catalog = await Catalog.Value;
        var objects = SchemaDescriptions.Shipped.Objects.ToDictionary();
        objects.Remove("etl_run");
        objects["fact_gone"] = new ObjectDescription { About = "Gone.", Grain = "nothing." };
        objects["v_units"] = objects["v_units"] with { Key = ["unit_code"] };
        var shared = SchemaDescriptions.Shipped.Shared.Where(p => p.Key != "people").ToDictionary();
        var broken = SchemaDescriptions.Shipped with { Objects = objects, Shared = shared };

        var failure = Assert.Throws<InvalidDataException>(() => DataDictionaryWriter.Markdown(catalog, broken));

        Assert.Contains("etl_run: not described", failure.Message, StringComparison.Ordinal);
        Assert.Contains("fact_gone: described but not in the schema", failure.Message, StringComparison.Ordinal);
        Assert.Contains("v_units: key column unit_code is not in the schema", failure.Message, StringComparison.Ordinal);
        Assert.Contains("fact_subjects.people: not described", failure.Message, StringComparison.Ordinal);
        Assert.Contains("v_subjects.people: not described", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_or_line_break_in_a_description_stays_inside_its_table_cell()
    {
        var catalog = new SchemaCatalog([new SchemaObject("t", IsView: false, [new SchemaColumn("c", Nullable: true, KeyOrdinal: null, References: null)])]);
        var descriptions = new SchemaDescriptions
        {
            Objects = new Dictionary<string, ObjectDescription>
            {
                ["t"] = new() { About = "A table.", Grain = "a row.", Columns = new Dictionary<string, string> { ["c"] = "a | b\nc" } },
            },
        };

        var markdown = DataDictionaryWriter.Markdown(catalog, descriptions);

        Assert.Contains("| `c` | yes |  | a \\| b c |", markdown, StringComparison.Ordinal);
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Each_views_key_tells_its_rows_apart_on_a_loaded_warehouse(WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        foreach (var view in (await Catalog.Value).Objects.Where(o => o.IsView))
        {
            var key = string.Join(", ", SchemaDescriptions.Shipped.Objects[view.Name].Key);
            var rows = await harness.ScalarAsync<long>($"SELECT COUNT(*) FROM {view.Name}");
            var repeated = await harness.ScalarAsync<long>($"SELECT COUNT(*) FROM (SELECT {key} FROM {view.Name} GROUP BY {key} HAVING COUNT(*) > 1) AS k");

            Assert.True(rows > 0, $"{view.Name} is empty on the report dataset, so its key is not tested.");
            Assert.True(repeated == 0, $"{view.Name}: {repeated} values of ({key}) repeat.");
        }
    }
}
