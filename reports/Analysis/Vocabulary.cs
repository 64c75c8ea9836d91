using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Analysis;

/// <summary>The names of measures, kinds and columns the reports use, in Kazakh, Russian and English.</summary>
public static class Vocabulary
{
    public static readonly Label Subjects = new("Волонтерлік қызмет субъектілері", "Субъекты волонтерской деятельности", "Subjects of volunteer activity");
    public static readonly Label Volunteers = new("Волонтерлер", "Волонтеры", "Volunteers");
    public static readonly Label VolunteerGroups = new("Волонтерлер топтары", "Группы волонтеров", "Volunteer groups");
    public static readonly Label VolunteerOrganizations = new("Волонтерлік ұйымдар", "Волонтерские организации", "Volunteer organisations");
    public static readonly Label Coordinators = new("Волонтерлік қызметті үйлестірушілер", "Координаторы волонтерской деятельности", "Coordinators");
    public static readonly Label People = new("Тартылған адамдар", "Вовлечено людей", "People involved");
    public static readonly Label NewSubjects = new("Жаңа субъектілер", "Новые субъекты", "New subjects");
    public static readonly Label ProgrammesTotal = new("Бағдарламалар, жобалар және акциялар", "Программы, проекты и акции", "Programmes, projects and actions");
    public static readonly Label Programmes = new("Бағдарламалар", "Программы", "Programmes");
    public static readonly Label Projects = new("Жобалар", "Проекты", "Projects");
    public static readonly Label Actions = new("Акциялар", "Акции", "Actions");
    public static readonly Label Proposals = new("Ұсыныстар", "Предложения", "Proposals");
    public static readonly Label ProposalArea = new("Ұсыныстың бағыты", "Направление предложения", "Area of the proposal");
    public static readonly Label WithStatePartner = new("Мемлекеттік органдармен серіктестікте", "В партнерстве с госорганами", "With a state partner");
    public static readonly Label PartnershipShare = new("Серіктестіктегі үлесі", "Доля в партнерстве", "Share with a state partner");
    public static readonly Label ProgrammeVolunteers = new("Іс-шараларға қатысқан волонтерлер", "Волонтеров участвовало в мероприятиях", "Volunteers taking part");
    public static readonly Label Beneficiaries = new("Көмек алушылар", "Благополучатели", "Beneficiaries");
    public static readonly Label VolunteerHours = new("Волонтерлік сағаттар", "Волонтерские часы", "Volunteer hours");
    public static readonly Label FundingKzt = new("Қаржыландыру, теңге", "Финансирование, тенге", "Funding, KZT");
    public static readonly Label Region = new("Өңір", "Регион", "Region");
    public static readonly Label Unit = new("Бірлік", "Единица", "Unit");
    public static readonly Label Population = new("Халық саны", "Численность населения", "Population");
    public static readonly Label PopulationAsOf = new("Халық саны қай күнге", "Численность на дату", "Population as of");
    public static readonly Label HoursPerVolunteer = new("Бір волонтерге сағат", "Часов на одного волонтера", "Hours per volunteer");
    public static readonly Label FullTimeEquivalents = new("Толық жұмыс күніне баламасы", "Эквивалент полной занятости", "Full-time equivalents");
    public static readonly Label ReplacementValueKzt = new("Еңбектің құны, теңге", "Стоимость труда, тенге", "Value of the work, KZT");
    public static readonly Label Period = new("Кезең", "Период", "Period");
    public static readonly Label Per10000 = new("10 000 тұрғынға волонтерлер", "Волонтеров на 10 000 жителей", "Volunteers per 10,000 people");
    public static readonly Label Rank = new("Орны", "Место", "Rank");
    public static readonly Label Quarter = new("Тоқсан", "Квартал", "Quarter");
    public static readonly Label Measure = new("Көрсеткіш", "Показатель", "Measure");
    public static readonly Label Change = new("Өзгеріс", "Изменение", "Change");
    public static readonly Label SubjectType = new("Субъект түрі", "Тип субъекта", "Subject type");
    public static readonly Label ActivityType = new("Қызмет түрі", "Вид деятельности", "Activity type");
    public static readonly Label Kind = new("Түрі", "Вид", "Kind");
    public static readonly Label Title = new("Атауы", "Наименование", "Title");
    public static readonly Label Text = new("Мазмұны", "Содержание", "Text");
    public static readonly Label NotSpecified = new("Көрсетілмеген", "Не указан", "Not specified");
    public static readonly Label Claimed = new("Облыс көрсеткені", "Заявлено областью", "Claimed by the region");
    public static readonly Label Summed = new("Бірліктер сомасы", "Сумма по единицам", "Sum of its units");
    public static readonly Label Difference = new("Айырма", "Разница", "Difference");
    public static readonly Label Expected = new("Күтілген", "Ожидалось", "Expected");
    public static readonly Label Received = new("Алынған", "Получено", "Received");
    public static readonly Label OnTime = new("Уақтылы", "В срок", "On time");
    public static readonly Label Late = new("Кешіккен", "С опозданием", "Late");
    public static readonly Label Missing = new("Тапсырылмаған", "Не представлено", "Missing");
    public static readonly Label Pending = new("Мерзімі өтпеген", "Срок не наступил", "Not yet due");
    public static readonly Label DistrictReturns = new("аудандар мен қалалар", "районы и города", "districts and cities");
    public static readonly Label RegionReturns = new("облыс", "область", "region");
    public static readonly Label Total = new("Барлығы", "Итого", "Total");

    /// <summary>
    /// The reports' own names (plural, as headings) of the programme kinds, the practice kinds, the
    /// proposal areas of §6.3 and the measures; the codes are the warehouse's (a test holds them to it).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Label> Codes = new Dictionary<string, Label>(StringComparer.Ordinal)
    {
        [ProgrammeKinds.Programme] = Programmes,
        [ProgrammeKinds.Project] = Projects,
        [ProgrammeKinds.Action] = Actions,
        [PracticeKinds.PositiveExperience] = new("Оң тәжірибе", "Положительный опыт", "Positive experience"),
        [PracticeKinds.Problem] = new("Проблемалар", "Проблемы", "Problems"),
        [PracticeKinds.Proposal] = Proposals,
        [ProposalAreas.CivicInitiatives] = new("Азаматтық бастамаларды дамыту және қолдау", "Развитие и поддержка гражданских инициатив", "Supporting civic initiatives"),
        [ProposalAreas.RoleOfVolunteering] = new("Волонтерлік қызметтің рөлін арттыру", "Повышение роли волонтерской деятельности", "Raising the role of volunteering"),
        [ProposalAreas.ProblemSolving] = new("Туындаған проблемаларды шешу", "Решение возникших проблем", "Solving the problems"),
        [Measures.Subjects] = Subjects,
        [Measures.People] = People,
        [Measures.NewSubjects] = NewSubjects,
    };

    /// <summary>The name of a code, or the code itself when it has none.</summary>
    public static Label Of(string? code) => code is not null && Codes.TryGetValue(code, out var label) ? label : new Label(code ?? "—", code ?? "—", code ?? "—");
}
