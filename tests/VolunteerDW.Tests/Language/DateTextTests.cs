using Dapper;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Languages;

public sealed class DateTextTests
{
    [Theory]
    [InlineData(1, "қаңтар", "январь", "января", "January")]
    [InlineData(2, "ақпан", "февраль", "февраля", "February")]
    [InlineData(3, "наурыз", "март", "марта", "March")]
    [InlineData(4, "сәуір", "апрель", "апреля", "April")]
    [InlineData(5, "мамыр", "май", "мая", "May")]
    [InlineData(6, "маусым", "июнь", "июня", "June")]
    [InlineData(7, "шілде", "июль", "июля", "July")]
    [InlineData(8, "тамыз", "август", "августа", "August")]
    [InlineData(9, "қыркүйек", "сентябрь", "сентября", "September")]
    [InlineData(10, "қазан", "октябрь", "октября", "October")]
    [InlineData(11, "қараша", "ноябрь", "ноября", "November")]
    [InlineData(12, "желтоқсан", "декабрь", "декабря", "December")]
    public void Months_have_their_names_and_a_Russian_date_the_genitive(int month, string kk, string ru, string ruOf, string en)
    {
        Assert.Equal(kk, DateText.Month(month, Language.Kk));
        Assert.Equal(ru, DateText.Month(month, Language.Ru));
        Assert.Equal(ruOf, DateText.RussianMonthOf(month));
        Assert.Equal(en, DateText.Month(month, Language.En));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void There_is_no_thirteenth_month(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateText.Month(month, Language.Kk));

    [Theory]
    [InlineData(2026, 7, 25, Language.Kk, "2026 жылғы 25 шілде")]
    [InlineData(2026, 7, 25, Language.Ru, "25 июля 2026 г.")]
    [InlineData(2026, 7, 25, Language.En, "25 July 2026")]
    [InlineData(2027, 1, 5, Language.Kk, "2027 жылғы 5 қаңтар")]
    [InlineData(2027, 1, 5, Language.Ru, "5 января 2027 г.")]
    [InlineData(2027, 1, 5, Language.En, "5 January 2027")]
    public void Dates_are_written_as_each_language_writes_them(int year, int month, int day, Language language, string expected) =>
        Assert.Equal(expected, DateText.Date(new DateOnly(year, month, day), language));

    [Theory]
    [InlineData(20262, "2026 жылғы 2-тоқсан", "2-й квартал 2026 г.", "2026 Q2", "2-тоқсан\n2026", "2 кв.\n2026", "Q2\n2026")]
    [InlineData(20171, "2017 жылғы 1-тоқсан", "1-й квартал 2017 г.", "2017 Q1", "1-тоқсан\n2017", "1 кв.\n2017", "Q1\n2017")]
    [InlineData(20404, "2040 жылғы 4-тоқсан", "4-й квартал 2040 г.", "2040 Q4", "4-тоқсан\n2040", "4 кв.\n2040", "Q4\n2040")]
    public void Quarters_are_labelled_from_their_keys_and_on_an_axis_in_the_same_words_shorter(int key, string kk, string ru, string en, string axisKk, string axisRu, string axisEn)
    {
        Assert.Equal(new Label(kk, ru, en), DateText.Quarter(key));
        Assert.Equal(new Label(axisKk, axisRu, axisEn), DateText.QuarterAxis(key));
    }

    [Theory]
    [InlineData(20261, "2026 жылғы 1-жартыжылдық", "1-е полугодие 2026 г.", "2026 H1")]
    [InlineData(20252, "2025 жылғы 2-жартыжылдық", "2-е полугодие 2025 г.", "2025 H2")]
    public void Halves_are_labelled_from_their_keys(int key, string kk, string ru, string en) =>
        Assert.Equal(new Label(kk, ru, en), DateText.Half(key));

    [Theory]
    [InlineData(20260)]
    [InlineData(20265)]
    [InlineData(2026)]
    [InlineData(-20261)]
    public void A_key_that_is_no_quarter_is_refused(int key) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateText.Quarter(key));

    [Theory]
    [InlineData(20263)]
    [InlineData(20260)]
    public void A_key_that_is_no_half_is_refused(int key) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DateText.Half(key));

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Labels_and_month_names_are_those_of_the_warehouse_calendar(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        var quarters = (await connection.QueryAsync<(long Quarter, long Half, string Kk, string Ru, string En, string HalfKk, string HalfRu, string HalfEn)>(
            "SELECT CAST(quarter_key AS BIGINT), CAST(half_key AS BIGINT), label_kk, label_ru, label_en, half_label_kk, half_label_ru, half_label_en FROM dim_quarter")).ToList();
        var months = (await connection.QueryAsync<(long Month, string Kk, string Ru, string En)>(
            "SELECT DISTINCT CAST(month AS BIGINT), month_name_kk, month_name_ru, month_name_en FROM dim_date")).ToList();

        Assert.NotEmpty(quarters);
        Assert.All(quarters, q => Assert.Equal(new Label(q.Kk, q.Ru, q.En), DateText.Quarter((int)q.Quarter)));
        Assert.All(quarters, q => Assert.Equal(new Label(q.HalfKk, q.HalfRu, q.HalfEn), DateText.Half((int)q.Half)));
        Assert.Equal(12, months.Count);
        Assert.All(months, m => Assert.Equal(
            new Label(m.Kk, m.Ru, m.En),
            new Label(DateText.Month((int)m.Month, Language.Kk), DateText.Month((int)m.Month, Language.Ru), DateText.Month((int)m.Month, Language.En))));
    }
}
