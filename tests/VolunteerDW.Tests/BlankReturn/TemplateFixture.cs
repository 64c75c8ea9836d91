using System.Collections.Concurrent;
using ClosedXML.Excel;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Tests.BlankReturn;

/// <summary>
/// A district's and a region's template for 2026Q3, written once by the real <c>vdw template</c>
/// on a migrated warehouse, with the classifiers they were built from.
/// </summary>
public sealed class TemplateFixture : IAsyncLifetime
{
    public const string District = "101000000";

    public const string Region = "750000000";

    public const string Quarter = "2026Q3";

    private TestWarehouse? _warehouse;
    private readonly Dictionary<string, string> _paths = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<PrintedTemplate>>> _printed = new();

    public DimensionSnapshot Snapshot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The workbook is what these tests read; the units and classifiers come from the warehouse by
        // the same query on either engine, so one engine serves (TemplateCommandTests run on both).
        _warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using (var connection = await _warehouse.Connections.OpenAsync())
        {
            Snapshot = await DimensionSnapshot.LoadAsync(connection);
        }

        foreach (var kato in new[] { District, Region })
        {
            _paths[kato] = await TemplateFiller.TemplateAsync(_warehouse, kato, Quarter);
        }
    }

    public async Task DisposeAsync()
    {
        if (_warehouse is not null)
        {
            await _warehouse.DisposeAsync();
        }
    }

    /// <summary>The template's file.</summary>
    public string PathOf(string kato) => _paths[kato];

    /// <summary>The template as the product's own reader sees it.</summary>
    public RawWorkbook Read(string kato) => XlsxReader.Read(File.ReadAllBytes(_paths[kato]), new ArchiveLimits());

    /// <summary>How the template prints, read once with ClosedXML and with openpyxl.</summary>
    public Task<PrintedTemplate> PrintedAsync(string kato) =>
        _printed.GetOrAdd(kato, key => new Lazy<Task<PrintedTemplate>>(() => PrintedTemplate.ReadAsync(_paths[key]))).Value;

    /// <summary>The one data validation that covers a cell.</summary>
    public static IXLDataValidation ValidationAt(IXLWorksheet sheet, string address)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var cell = sheet.Cell(address);
        return Assert.Single(sheet.DataValidations, v => v.Ranges.Any(range => range.Contains(cell)));
    }
}
