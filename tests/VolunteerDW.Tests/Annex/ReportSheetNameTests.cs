using VolunteerDW.Reports.Annex;
using VolunteerDW.Reports.Compliance;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Reports;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Annex;

/// <summary>Every table of the shipped reports has a tab named whole in each language: no title cut at 31 characters, no two tables sharing a name.</summary>
[Collection(SharedReportDataset.Name)]
public sealed class ReportSheetNameTests(ReportDataset dataset)
{
    public static TheoryData<Language> Languages => [Language.Kk, Language.Ru];

    [Theory, SqliteEngine(nameof(Languages)), SqlServerEngine(nameof(Languages))]
    public async Task Every_table_of_every_report_gets_its_own_sheet_name_whole(Language language, WarehouseEngine engine)
    {
        var harness = await dataset.OnAsync(engine);
        var connections = harness.Warehouse.Connections;
        ReportDocument[] documents =
        [
            await new SemiAnnualBuilder(connections, ReportDataset.Generated).DocumentAsync(HalfYear.Parse("2026H1")),
            await new QuarterlyBuilder(connections, ReportDataset.Generated).DocumentAsync(Quarter.Parse("2026Q2"), regionKato: null),
            await new QuarterlyBuilder(connections, ReportDataset.Generated).DocumentAsync(Quarter.Parse("2026Q2"), "100000000"),
            await new ComplianceBuilder(connections, ReportDataset.Generated).DocumentAsync(Quarter.Parse("2026Q2"), regionKato: null),
        ];

        Assert.All(documents, document =>
        {
            var wanted = document.Tables.Values.Select(table => table.SheetName.In(language)).ToList();
            Assert.All(wanted, name => Assert.InRange(name.Length, 1, SheetNames.MaxLength));
            Assert.Equal(wanted, AnnexSheets.For(document.Tables.Values, language).Tables);
        });
    }
}
