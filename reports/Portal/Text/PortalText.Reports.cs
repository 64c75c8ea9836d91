using VolunteerDW.Portal.Reporting;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

/// <summary>The reports pages' texts.</summary>
public static partial class PortalText
{
    public static readonly Label Reports = new("Есептер", "Отчеты", "Reports");
    public static readonly Label ReportsHelp = new(
        "Есепті, кезеңді және тілді таңдаңыз: есеп қоймадағы соңғы деректерден жасалады, оны браузерде ашуға немесе PDF, XLSX не Markdown түрінде жүктеп алуға болады.",
        "Выберите отчет, период и язык: отчет формируется по последним данным хранилища, его можно открыть в браузере или скачать в виде PDF, XLSX или Markdown.",
        "Choose the report, the period and the language: the report is made from the warehouse's latest data; open it in the browser or download it as PDF, XLSX or Markdown.");
    public static readonly Label ReportKindField = new("Есеп", "Отчет", "Report");
    public static readonly Label ReportPeriod = new("Кезең", "Период", "Period");
    public static readonly Label ReportPeriodHelp = new(
        "Жарты жылдық есеп үшін жарты жыл (мысалы, 2026H1), қалғандары үшін тоқсан (мысалы, 2026Q2).",
        "Для полугодового отчета — полугодие (например, 2026H1), для остальных — квартал (например, 2026Q2).",
        "A half-year for the semi-annual report (e.g. 2026H1), a quarter for the others (e.g. 2026Q2).");
    public static readonly Label ReportRegion = new("Облыс (облыстың тоқсандық ақпараты үшін)", "Область (для квартальной информации области)", "Region (for a region's quarterly information)");
    public static readonly Label ReportLanguage = new("Есептің тілі", "Язык отчета", "Report language");
    public static readonly Label NoSuchReport = new(
        "Мұндай есеп жоқ: есептің түрін, кезеңін (жарты жыл немесе тоқсан) және облысын тексеріңіз.",
        "Такого отчета нет: проверьте вид отчета, период (полугодие или квартал) и область.",
        "There is no such report: check the kind, the period (a half-year or a quarter) and the region.");
    public static readonly Label OpenReport = new("Есепті браузерде ашу", "Открыть отчет в браузере", "Open the report in the browser");
    public static readonly Label DownloadPdf = new("PDF жүктеп алу", "Скачать PDF", "Download the PDF");
    public static readonly Label DownloadXlsx = new("Excel қосымшасын (XLSX) жүктеп алу", "Скачать приложение в Excel (XLSX)", "Download the Excel annex (XLSX)");
    public static readonly Label DownloadMarkdown = new(
        "Markdown жүктеп алу (диаграммаларымен, zip)", "Скачать Markdown (с диаграммами, zip)", "Download the Markdown (with its charts, zip)");
    public static readonly Label ScheduledReports = new("Кесте бойынша жасалған есептер", "Отчеты, сформированные по расписанию", "Reports the schedule wrote");
    public static readonly Label NoScheduledReports = new("Кесте бойынша жасалған есептер әзірге жоқ.", "Отчетов по расписанию пока нет.", "No scheduled reports yet.");
    public static readonly Label ReportFileColumn = new("Файл", "Файл", "File");
    public static readonly Label WrittenAt = new("Жазылған уақыты (Қазақстан уақыты)", "Когда записан (время Казахстана)", "Written (Kazakhstan time)");

    /// <summary>A report's name in the form.</summary>
    public static Label KindName(ReportKind kind) => kind switch
    {
        ReportKind.SemiAnnual => new("Жарты жылдық жиынтық ақпарат", "Полугодовая сводная информация", "Semi-annual summary"),
        ReportKind.Quarterly => new("Тоқсандық ақпарат (республика бойынша)", "Квартальная информация (по республике)", "Quarterly information (national)"),
        ReportKind.RegionQuarterly => new("Облыстың тоқсандық ақпараты", "Квартальная информация области", "A region's quarterly information"),
        _ => new("Есептердің тапсырылуы", "Представление отчетов", "Returns received"),
    };

    /// <summary>A language's name, as a report's language is chosen.</summary>
    public static Label LanguageName(Language language) => language == Language.Kk
        ? new("қазақ тілі", "казахский", "Kazakh")
        : new("орыс тілі", "русский", "Russian");
}
