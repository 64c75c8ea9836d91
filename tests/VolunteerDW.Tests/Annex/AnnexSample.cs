using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Annex;

/// <summary>A small report's annex input: every column kind, missing figures, kk/ru text and hostile text, a wide table and a narrow one.</summary>
internal static class AnnexSample
{
    /// <summary>A proposal a few hundred characters long: it wraps over several lines of its column.</summary>
    public const string WrappedText = "Аудандарда еріктілер орталықтарын ашу, оларға үй-жай беру және үйлестірушілерді оқыту ұсынылады. "
        + "Ауылдық округтерде еріктілер мектеп оқушыларымен бірге қарттарға көмектеседі, бірақ көлік пен байланыс жетіспейді. "
        + "Облыс әкімдігі жыл сайын үздік жобаларға шағын гранттар бөліп, олардың нәтижесін есепте көрсетсе, тәжірибе басқа аудандарға тарар еді.";

    public const string FormulaText = "=cmd|' /C calc'!A0";

    public const string HyperlinkFormula = "=HYPERLINK(\"http://example.com/steal\",\"Толығырақ\")";

    public const string Script = "<script>alert('annex')</script> & «Таза қала»";

    /// <summary>Longer than an Excel cell holds.</summary>
    public static readonly string LongText = string.Concat(Enumerable.Repeat("Еріктілер ауылдарға көмектеседі. ", 1300));

    public static readonly ReportInfo Info = new(
        new("Волонтерлік қызмет мониторингі: 2026 жылғы бірінші жартыжылдық", "Мониторинг волонтерской деятельности: первое полугодие 2026 года", "Monitoring of volunteer activity: first half of 2026"),
        new("2026 жылғы 1 қаңтар – 30 маусым", "1 января – 30 июня 2026 года", "1 January – 30 June 2026"),
        new DateTimeOffset(2026, 7, 20, 5, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 7, 18, 16, 45, 0, TimeSpan.FromHours(5)));

    public static readonly ReportTable Subjects = new(
        "subjects_by_region",
        new("Өңірлер бойынша белсенді еріктілер", "Активные волонтёры по регионам", "Active volunteers by region"),
        [
            new("region", new("Өңір", "Регион", "Region"), ColumnKind.Text),
            new("volunteers", new("Белсенді еріктілер саны", "Число активных волонтёров", "Active volunteers"), ColumnKind.Count),
            new("per_10k", new("10 000 тұрғынға шаққанда", "На 10 000 жителей", "Per 10,000 people"), ColumnKind.Rate),
            new("share", new("Елдегі үлесі", "Доля в стране", "Share of the country"), ColumnKind.Percent),
            new("first_action", new("Алғашқы акция", "Первая акция", "First action"), ColumnKind.Date),
        ],
        [
            ["Абай облысы", 12_345L, 18.25, 0.153, new DateOnly(2026, 1, 15)],
            ["г. Алматы", null, null, null, null],
            [FormulaText, 1_234_567L, 0.0, 1.0, new DateOnly(2026, 6, 30)],
        ],
        new("Бос ұяшық – мәлімет берілмеген, нөл емес.", "Пустая ячейка – данные не представлены, а не ноль.", "An empty cell is not reported, not zero."),
        new("Өңірлердегі еріктілер", "Волонтёры по регионам", "Volunteers by region"));

    public static readonly ReportTable Practices = new(
        "practices",
        new("Оң тәжірибе, проблемалар және ұсыныстар", "Положительный опыт, проблемы и предложения", "Good practice, problems and proposals"),
        [
            new("kind", new("Түрі", "Вид", "Kind"), ColumnKind.Text),
            new("title", new("Атауы", "Название", "Title"), ColumnKind.Text),
            new("text", new("Мазмұны", "Содержание", "Text"), ColumnKind.Text),
        ],
        [
            ["problem", Script, LongText],
            ["proposal", HyperlinkFormula, "бір\u0001екі\u0008үш\uFFFEтөрт\r\nбес"],
            ["positive_experience", "+7 700 000 00 00", "@SUM(A1:A9)"],
            ["-", "-1", null],
            ["proposal", "Еріктілер орталықтары", WrappedText],
        ],
        Sheet: new("Тәжірибе мен ұсыныстар", "Опыт и предложения", "Practice and proposals"));

    /// <summary>Two short columns: a sheet that fits portrait paper, named by its title.</summary>
    public static readonly ReportTable Quarters = new(
        "quarters",
        new("Тоқсандар", "Кварталы", "Quarters"),
        [
            new("quarter", new("Тоқсан", "Квартал", "Quarter"), ColumnKind.Text),
            new("volunteers", new("Еріктілер", "Волонтёры", "Volunteers"), ColumnKind.Count),
        ],
        [
            ["2026Q1", 12_000L],
            ["2026Q2", 12_345L],
        ]);

    public static readonly IReadOnlyList<ReportSource> Sources =
    [
        new("101000000", new("Абай облысы", "область Абай", "Abai Region"), 20261, 1, "current", "101000000.xlsx", "100000000.zip",
            new DateTime(2026, 4, 8, 9, 30, 15, DateTimeKind.Utc), new DateTime(2026, 4, 8, 9, 31, 2, DateTimeKind.Utc)),
        new("153600000", new("Семей қаласы", "г. Семей", "Semey"), 20262, 2, "current", "=1+1.xlsx", null,
            new DateTime(2026, 7, 21, 4, 0, 0, DateTimeKind.Utc), new DateTime(2026, 7, 21, 4, 5, 59, DateTimeKind.Utc)),
    ];

    public static IReadOnlyList<ReportTable> Tables => [Subjects, Practices, Quarters];

    /// <summary>The annex's tabs in order, as a reader of that language sees them.</summary>
    public static string[] SheetsIn(Language language) => language switch
    {
        Language.Kk => [Kk.Contents, Kk.Subjects, Kk.Practices, Kk.Quarters, Kk.Sources],
        Language.Ru => ["Содержание", "Волонтёры по регионам", "Опыт и предложения", "Кварталы", "Источники"],
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The sample annex is read in Kazakh and Russian."),
    };

    /// <summary>The Kazakh annex's tabs, which most tests open.</summary>
    public static class Kk
    {
        public const string Contents = "Мазмұны";
        public const string Subjects = "Өңірлердегі еріктілер";
        public const string Practices = "Тәжірибе мен ұсыныстар";
        public const string Quarters = "Тоқсандар";
        public const string Sources = "Дереккөздер";
    }
}
