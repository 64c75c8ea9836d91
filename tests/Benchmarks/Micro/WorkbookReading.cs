using BenchmarkDotNet.Attributes;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Validation;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Benchmarks.Micro;

/// <summary>
/// One sample workbook, already in memory: the product's reader and parser, as the loader calls
/// them for one file, against the floor's SAX reader of the same bytes (values only, no checks).
/// </summary>
public class WorkbookReading
{
    private readonly ArchiveLimits _limits = new();
    private byte[] _workbook = [];
    private ParseContext? _context;

    [GlobalSetup]
    public void Setup()
    {
        _workbook = File.ReadAllBytes(MicroInputs.Workbook);
        var dimensions = SqliteWarehouse.DimensionsAsync(MicroInputs.Template).GetAwaiter().GetResult();
        _context = new ParseContext(dimensions, new CodeLists(dimensions), KazakhstanTime.Today(TimeProvider.System));
    }

    [Benchmark(Baseline = true, Description = "product: XlsxReader + SubmissionParser")]
    public Submission Product() => SubmissionParser.Parse(XlsxReader.Read(_workbook, _limits), _context!).Submission;

    [Benchmark(Description = "floor: OpenXml SAX reader")]
    public int Floor()
    {
        var rows = 0;
        FloorLoad.ReadDataRows(_workbook, _ => rows++);
        return rows;
    }
}
