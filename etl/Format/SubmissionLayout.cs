using System.Runtime.CompilerServices;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Etl.Format;

/// <summary>What kind of value a field holds, which decides how it is read and checked.</summary>
public enum FieldKind
{
    /// <summary>A code from a list (<see cref="FieldSpec.CodeList"/>).</summary>
    Code,

    /// <summary>Free text up to <see cref="FieldSpec.MaxLength"/> characters.</summary>
    Text,

    /// <summary>A whole number, 0 or more; blank means "not reported".</summary>
    Count,

    /// <summary>A whole number of tenge, 0 or more.</summary>
    Money,

    /// <summary>A date: a spreadsheet date, or text yyyy-mm-dd or dd.mm.yyyy.</summary>
    Date,

    /// <summary>A whole number with a fixed meaning (year, quarter).</summary>
    Number,
}

/// <summary>One field of the format: its code (row 1 of a data sheet), kind, rules and labels.</summary>
public sealed record FieldSpec(string Code, FieldKind Kind, bool Required, Label Label, int MaxLength = 0, string? CodeList = null);

/// <summary>One sheet of the format, named by its code.</summary>
public sealed record SheetSpec(string Name, Label Title, IReadOnlyList<FieldSpec> Fields, bool RegionsOnly = false)
{
    // Every field of every submitted row is looked up by code. The index belongs to the list of
    // fields, not to the record, so equality stays by value and a copy with other fields gets its own.
    private static readonly ConditionalWeakTable<IReadOnlyList<FieldSpec>, Dictionary<string, FieldSpec>> Index = new();

    public FieldSpec Field(string code) => Indexed()[code];

    /// <summary>Whether a code is one of this sheet's fields.</summary>
    public bool HasField(string code) => Indexed().ContainsKey(code);

    private Dictionary<string, FieldSpec> Indexed() => Index.GetValue(Fields, fields => fields.ToDictionary(f => f.Code, StringComparer.Ordinal));
}

/// <summary>
/// The submission workbook, format <c>vdw-submission/1</c>, as documented in
/// <c>etl/SUBMISSION-FORMAT.md</c>. The reader, the template and the sample writer all follow this.
/// </summary>
public static class SubmissionLayout
{
    public const string Format = "vdw-submission/1";

    /// <summary>Data sheets: row 1 holds the field codes, row 2 the labels, data starts here.</summary>
    public const int FirstDataRow = 3;

    /// <summary>Code lists kept by the warehouse (its dimensions), not fixed by the format.</summary>
    public const string SubjectTypes = "subject_type";

    public const string ActivityTypes = "activity_type";

    public const int TitleLength = 300;

    public const int TextLength = 4000;

    public const int NameLength = 200;

    private static readonly FieldSpec SubjectTypeField = new("subject_type", FieldKind.Code, true,
        new("Субъект түрі", "Тип субъекта", "Subject type"), CodeList: SubjectTypes);

    private static readonly FieldSpec ActivityTypeField = new("activity_type", FieldKind.Code, true,
        new("Қызмет түрі", "Вид деятельности", "Activity type"), CodeList: ActivityTypes);

    private static readonly IReadOnlyList<FieldSpec> CountFields =
    [
        SubjectTypeField,
        ActivityTypeField,
        new("subjects", FieldKind.Count, false, new("Субъектілер саны", "Количество субъектов", "Subjects")),
        new("people", FieldKind.Count, false, new("Қатысқан адамдар саны", "Количество вовлечённых людей", "People involved")),
        new("new_subjects", FieldKind.Count, false, new("Оның ішінде жаңалары", "Из них новых", "Of which new")),
    ];

    /// <summary>The key/value sheet: column A the code, B the label, C the value.</summary>
    public static SheetSpec Header { get; } = new("submission", new("Есеп туралы", "Сведения об отчёте", "About this return"),
    [
        new("format", FieldKind.Text, true, new("Формат", "Формат", "Format"), 40),
        new("unit_kato", FieldKind.Text, true, new("Бірлік коды (ӘАОЖ)", "Код единицы (КАТО)", "Unit code (KATO)"), 9),
        new("unit_name", FieldKind.Text, false, new("Бірлік атауы", "Наименование единицы", "Unit name"), NameLength),
        new("year", FieldKind.Number, true, new("Жыл", "Год", "Year")),
        new("quarter", FieldKind.Number, true, new("Тоқсан (1–4)", "Квартал (1–4)", "Quarter (1–4)")),
        new("prepared_by", FieldKind.Text, false, new("Орындаушының аты-жөні", "ФИО исполнителя", "Prepared by"), NameLength),
        new("position", FieldKind.Text, false, new("Лауазымы", "Должность", "Position"), NameLength),
        new("phone", FieldKind.Text, false, new("Телефоны", "Телефон", "Phone"), 50),
        new("email", FieldKind.Text, false, new("Электрондық пошта", "Электронная почта", "Email"), NameLength),
        new("submitted_on", FieldKind.Date, true, new("Жіберілген күні", "Дата отправки", "Date sent up")),
    ]);

    public static SheetSpec Subjects { get; } = new("subjects",
        new("Волонтерлік қызмет субъектілері", "Субъекты волонтёрской деятельности", "Subjects of volunteer activity"), CountFields);

    public static SheetSpec Programmes { get; } = new("programmes",
        new("Бағдарламалар, жобалар және акциялар", "Программы, проекты и акции", "Programmes, projects and actions"),
    [
        new("programme_kind", FieldKind.Code, true, new("Түрі", "Вид", "Kind"), CodeList: ProgrammeKinds.List),
        new("title", FieldKind.Text, true, new("Атауы", "Наименование", "Title"), TitleLength),
        ActivityTypeField,
        new("start_date", FieldKind.Date, true, new("Басталған күні", "Дата начала", "Start date")),
        new("end_date", FieldKind.Date, false, new("Аяқталған күні", "Дата окончания", "End date")),
        new("state_partner", FieldKind.Text, false, new("Серіктес мемлекеттік орган", "Государственный орган-партнёр", "State partner"), TitleLength),
        new("volunteers", FieldKind.Count, false, new("Волонтерлер саны", "Количество волонтёров", "Volunteers")),
        new("beneficiaries", FieldKind.Count, false, new("Көмек алушылар саны", "Количество благополучателей", "Beneficiaries")),
        new("volunteer_hours", FieldKind.Count, false, new("Волонтерлік сағаттар", "Волонтёрские часы", "Volunteer hours")),
        new("funding_kzt", FieldKind.Money, false, new("Қаржыландыру, теңге", "Финансирование, тенге", "Funding, KZT")),
    ]);

    public static SheetSpec Practices { get; } = new("practices",
        new("Тәжірибе, проблемалар және ұсыныстар", "Опыт, проблемы и предложения", "Practice, problems and proposals"),
    [
        new("practice_kind", FieldKind.Code, true, new("Түрі", "Вид", "Kind"), CodeList: PracticeKinds.List),
        new("proposal_area", FieldKind.Code, false, new("Ұсыныс бағыты", "Направление предложения", "Proposal area"), CodeList: ProposalAreas.List),
        ActivityTypeField with { Required = false },
        new("title", FieldKind.Text, true, new("Тақырыбы", "Заголовок", "Title"), TitleLength),
        new("text", FieldKind.Text, true, new("Мазмұны", "Содержание", "Text"), TextLength),
    ]);

    public static SheetSpec Consolidated { get; } = new("consolidated",
        new("Облыс бойынша жиынтық", "Свод по области", "Totals for the whole region"), CountFields, RegionsOnly: true);

    /// <summary>The data sheets, in workbook order.</summary>
    public static IReadOnlyList<SheetSpec> DataSheets { get; } = [Subjects, Programmes, Practices, Consolidated];

    /// <summary>
    /// The warehouse's fixed code lists that the format asks for (the codes are
    /// <see cref="Warehouse.Codes.FixedCodeLists"/>'), each code with the label the template's
    /// drop-downs show beside it; the other code lists come from the warehouse's dimensions.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Code, Label Label)>> FixedCodeLists { get; } =
        new Dictionary<string, IReadOnlyList<(string Code, Label Label)>>
        {
            [ProgrammeKinds.List] =
            [
                (ProgrammeKinds.Programme, new("Бағдарлама", "Программа", "Programme")),
                (ProgrammeKinds.Project, new("Жоба", "Проект", "Project")),
                (ProgrammeKinds.Action, new("Акция", "Акция", "Action")),
            ],
            [PracticeKinds.List] =
            [
                (PracticeKinds.PositiveExperience, new("Оң тәжірибе", "Положительный опыт", "Positive experience")),
                (PracticeKinds.Problem, new("Проблема", "Проблема", "Problem")),
                (PracticeKinds.Proposal, new("Ұсыныс", "Предложение", "Proposal")),
            ],
            [ProposalAreas.List] =
            [
                (ProposalAreas.CivicInitiatives, new("Азаматтық бастамаларды қолдау", "Поддержка гражданских инициатив", "Supporting civic initiatives")),
                (ProposalAreas.RoleOfVolunteering, new("Волонтерлік қызметтің рөлін арттыру", "Повышение роли волонтёрской деятельности", "Raising the role of volunteering")),
                (ProposalAreas.ProblemSolving, new("Проблемаларды шешу", "Решение проблем", "Solving the problems")),
            ],
        };

    /// <summary>
    /// A code cell may hold the code alone or, as the template's drop-downs write it,
    /// "code — label"; the code is what comes before the separator.
    /// </summary>
    public const string CodeLabelSeparator = " — ";
}
