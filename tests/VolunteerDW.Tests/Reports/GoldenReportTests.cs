using VolunteerDW.Reports.Compliance;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Reports;

/// <summary>The rendered reports, word for word, in Kazakh and Russian, on the fixed dataset.</summary>
[Collection(SharedReportDataset.Name)]
public sealed class GoldenReportTests(ReportDataset dataset)
{
    private static readonly ReportWriter Writer = new(new TemplateSource());

    public static TheoryData<Language> Languages => [Language.Kk, Language.Ru];

    [Theory, SqliteEngine(nameof(Languages)), SqlServerEngine(nameof(Languages))]
    public async Task The_semiannual_report_reads_as_approved(Language language, WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var document = await new SemiAnnualBuilder(harness.Warehouse.Connections, ReportDataset.Generated).DocumentAsync(HalfYear.Parse("2026H1"));

        Golden.Matches(Writer.Markdown(document, language), $"semiannual-2026H1.{language.Code()}.md");
    }

    [Theory, SqliteEngine(nameof(Languages)), SqlServerEngine(nameof(Languages))]
    public async Task A_regions_quarterly_information_reads_as_approved(Language language, WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var document = await new QuarterlyBuilder(harness.Warehouse.Connections, ReportDataset.Generated).DocumentAsync(Quarter.Parse("2026Q2"), "100000000");

        Golden.Matches(Writer.Markdown(document, language), $"quarterly-2026Q2-100000000.{language.Code()}.md");
    }

    [Theory, SqliteEngine(nameof(Languages)), SqlServerEngine(nameof(Languages))]
    public async Task The_compliance_report_reads_as_approved(Language language, WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var document = await new ComplianceBuilder(harness.Warehouse.Connections, ReportDataset.Generated).DocumentAsync(Quarter.Parse("2026Q2"), regionKato: null);

        Golden.Matches(Writer.Markdown(document, language), $"compliance-2026Q2.{language.Code()}.md");
    }

    [Theory, SqliteEngine(nameof(Languages)), SqlServerEngine(nameof(Languages))]
    public async Task A_regions_compliance_report_reads_as_approved(Language language, WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var document = await new ComplianceBuilder(harness.Warehouse.Connections, ReportDataset.Generated).DocumentAsync(Quarter.Parse("2026Q2"), "100000000");

        Golden.Matches(Writer.Markdown(document, language), $"compliance-2026Q2-100000000.{language.Code()}.md");
    }
}
