using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.BlankReturn;

/// <summary>
/// A template filled by another program (openpyxl) comes back through the product's reader with
/// every value where it was typed: numbers as numbers, dates as spreadsheet dates, numbers typed
/// with thousands separators as the text they are.
/// </summary>
public sealed class TemplateFillTests
{
    private static readonly (string Sheet, string Cell, object Value)[] Values =
    [
        ("submission", "C6", "Ахметова Айгүл Серікқызы"),
        ("submission", "C7", "бас маман / главный специалист"),
        ("submission", "C8", "+7 7222 52 00 00"),
        ("submission", "C9", "volunteers@semey.gov.kz"),
        ("submission", "C10", new DateOnly(2026, 10, 3)),
        ("subjects", "C3", 12),
        ("subjects", "D3", "1 234"),
        ("subjects", "E3", 0),
        ("subjects", "C4", 3),
        ("subjects", "D4", "2\u00a0500"),
        ("subjects", "C30", 7),
        ("programmes", "A3", "programme — Бағдарлама / Программа"),
        ("programmes", "B3", "Қамқор жүрек / Заботливое сердце"),
        ("programmes", "C3", "social_assistance — Әлеуметтік көмек / Социальная помощь"),
        ("programmes", "D3", new DateOnly(2026, 7, 1)),
        ("programmes", "E3", new DateOnly(2026, 9, 30)),
        ("programmes", "F3", "Абай облысының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы"),
        ("programmes", "G3", 45),
        ("programmes", "H3", "1 200"),
        ("programmes", "I3", 360),
        ("programmes", "J3", 2500000),
        ("programmes", "A4", "action"),
        ("programmes", "B4", "Таза Ертіс"),
        ("programmes", "C4", "environment"),
        ("programmes", "D4", "2026-08-20"),
        ("programmes", "E4", "21.08.2026"),
        ("programmes", "G4", 80),
        ("practices", "A3", "positive_experience — Оң тәжірибе / Положительный опыт"),
        ("practices", "D3", "Мектептердегі волонтерлік клубтар"),
        ("practices", "E3", "Әр мектепте волонтерлік клуб құрылды."),
        ("practices", "A4", "proposal — Ұсыныс / Предложение"),
        ("practices", "B4", "civic_initiatives — Азаматтық бастамаларды қолдау / Поддержка гражданских инициатив"),
        ("practices", "C4", "other"),
        ("practices", "D4", "Гранттар / Гранты"),
        ("practices", "E4", "Волонтерлік ұйымдарға шағын гранттар беру."),
    ];

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_template_filled_with_openpyxl_loads_with_exactly_the_numbers_written(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine, FixedTime.At(2026, 10, 8));
        var template = await TemplateFiller.TemplateAsync(harness.Warehouse, TemplateFixture.District, TemplateFixture.Quarter);
        var filled = Path.Combine(harness.Folder, "filled.xlsx");
        await TemplateFiller.FillAsync(template, filled, Values);

        var result = await harness.LoadOneAsync(filled);

        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        Assert.Equal((22L, 3734L, 0L), (await harness.QueryAsync<(long, long, long)>(
            "SELECT SUM(subjects), SUM(people), SUM(new_subjects) FROM fact_subjects")).Single());
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM fact_subjects WHERE new_subjects = 0"));
        Assert.Equal((2L, 125L, 1200L, 360L, 2500000L, 1L), (await harness.QueryAsync<(long, long, long, long, long, long)>(
            "SELECT COUNT(*), SUM(volunteers), SUM(beneficiaries), SUM(volunteer_hours), SUM(funding_kzt), SUM(in_partnership) FROM fact_programme")).Single());
        Assert.Equal((20260701L, 20260930L), (await harness.QueryAsync<(long, long)>(
            "SELECT start_date_key, end_date_key FROM fact_programme WHERE programme_kind = 'programme'")).Single());
        Assert.Equal(("proposal", "civic_initiatives", "Гранттар / Гранты"), (await harness.QueryAsync<(string, string, string)>(
            "SELECT practice_kind, proposal_area, title FROM fact_practice WHERE proposal_area IS NOT NULL")).Single());
        Assert.Equal((20261003L, "Ахметова Айгүл Серікқызы"), (await harness.QueryAsync<(long, string)>(
            "SELECT submitted_on_key, prepared_by FROM dim_submission")).Single());
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_template_filled_with_openpyxl_reads_back_with_every_value_in_its_cell(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var template = await TemplateFiller.TemplateAsync(warehouse, TemplateFixture.District, TemplateFixture.Quarter);
        var filled = Path.Combine(warehouse.Folder, "filled.xlsx");

        await TemplateFiller.FillAsync(template, filled, Values);
        var workbook = XlsxReader.Read(await File.ReadAllBytesAsync(filled), new ArchiveLimits());

        foreach (var (sheet, cell, value) in Values)
        {
            var raw = CellAt(workbook, sheet, cell);
            switch (value)
            {
                case string text:
                    Assert.Equal((text, (double?)null), (raw.Text, raw.Number));
                    break;
                case DateOnly date:
                    Assert.Equal(((string?)null, date.ToDateTime(TimeOnly.MinValue).ToOADate()), (raw.Text, raw.Number));
                    break;
                default:
                    Assert.Equal(((string?)null, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)), (raw.Text, raw.Number));
                    break;
            }
        }

        Assert.Equal(46204, CellAt(workbook, "programmes", "D3").Number);
        Assert.Equal("101000000", CellAt(workbook, "submission", "C2").Text);
        Assert.StartsWith("volunteer — ", CellAt(workbook, "subjects", "A3").Text, StringComparison.Ordinal);
        Assert.Equal("state_partner", CellAt(workbook, "programmes", "F1").Text);
        Assert.Equal([1, 2, 3, 4], workbook.Sheet("programmes")!.Rows.Select(row => row.Number));
        Assert.Equal(Enumerable.Range(1, 30), workbook.Sheet("subjects")!.Rows.Select(row => row.Number));
        Assert.Equal([1, 2, 3, 4], workbook.Sheet("practices")!.Rows.Select(row => row.Number));
    }

    private static RawCell CellAt(RawWorkbook workbook, string sheet, string reference)
    {
        var row = int.Parse(reference[1..], System.Globalization.CultureInfo.InvariantCulture);
        var found = workbook.Sheet(sheet)!.Rows.Single(r => r.Number == row)[XlsxReader.ColumnIndex(reference)];
        Assert.True(found is not null, $"{sheet}!{reference} is empty");
        return found;
    }
}
