using System.Globalization;
using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Annex;

/// <summary>The sources sheet: every submission the report was computed from, so that each figure can be traced to a file.</summary>
internal static class SourcesGrid
{
    /// <summary>Its id among the grids, in messages.</summary>
    public const string Id = "sources";

    public static readonly Label Title = new(
        "Есеп жасалған бастапқы деректер (бірліктердің есептері)",
        "Исходные данные доклада (отчёты единиц)",
        "Source data of the report (the units' returns)");

    private static readonly (string Key, Label Header, CellFormat Format)[] Columns =
    [
        ("unit_kato", new("ӘАОЖ коды", "Код КАТО", "KATO code"), CellFormat.Text),
        ("unit_name", new("Есеп беретін бірлік", "Отчитывающаяся единица", "Reporting unit"), CellFormat.Text),
        ("quarter", new("Тоқсан", "Квартал", "Quarter"), CellFormat.Text),
        ("version", new("Нұсқа", "Версия", "Version"), CellFormat.Count),
        ("status", new("Мәртебесі", "Статус", "Status"), CellFormat.Text),
        ("file", new("Файл", "Файл", "File"), CellFormat.Text),
        ("package", new("Пакет", "Пакет", "Package"), CellFormat.Text),
        ("received_utc", new("Алынған уақыты (UTC)", "Получен (UTC)", "Received (UTC)"), CellFormat.Time),
        ("loaded_utc", new("Жүктелген уақыты (UTC)", "Загружен (UTC)", "Loaded (UTC)"), CellFormat.Time),
    ];

    public static AnnexGrid Of(IReadOnlyList<ReportSource> sources, Language language) => new(
        Id,
        Title.In(language),
        null,
        [.. Columns.Select(c => new AnnexColumn(c.Key, c.Header.In(language), c.Format))],
        [.. sources.Select(source => Row(source, language))]);

    /// <summary>A quarter key (yyyyq) as the product writes quarters: <c>2026Q2</c>.</summary>
    public static string QuarterName(int key) => string.Create(CultureInfo.InvariantCulture, $"{key / 10}Q{key % 10}");

    private static IReadOnlyList<object?> Row(ReportSource source, Language language) =>
    [
        source.UnitKato,
        source.UnitName.In(language),
        QuarterName(source.QuarterKey),
        (long)source.Version,
        source.Status,
        source.FileName,
        source.PackageName,
        source.ReceivedAtUtc,
        source.LoadedAtUtc,
    ];
}
