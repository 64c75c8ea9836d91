using BenchmarkDotNet.Attributes;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Benchmarks.Micro;

/// <summary>
/// The semi-annual report rendered from a model already built from the warehouse: its Markdown
/// (the language's template), against the HTML page made from it with the charts inline.
/// </summary>
public class ReportRendering
{
    private readonly ReportWriter _writer = new(new TemplateSource());
    private ReportDocument? _document;

    [Params(Language.Kk, Language.Ru)]
    public Language Language { get; set; }

    [GlobalSetup]
    public void Setup() => _document = new SemiAnnualBuilder(SqliteWarehouse.Connections(MicroInputs.Warehouse), TimeProvider.System)
        .DocumentAsync(HalfYear.Parse(MicroInputs.Half)).GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "Markdown from the template")]
    public string Markdown() => _writer.Markdown(_document!, Language);

    [Benchmark(Description = "HTML page: Markdown, charts, conversion")]
    public string Html() => ReportWriter.Html(_document!, Language, _writer.Markdown(_document!, Language), ReportWriter.Charts(_document!, Language));
}
