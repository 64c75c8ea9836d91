using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

/// <summary>The administration pages' texts, first those of the accounts page.</summary>
public static partial class PortalText
{
    public static readonly Label Users = new("Пайдаланушылар", "Пользователи", "Users");
    public static readonly Label DisplayName = new("Көрсетілетін аты", "Отображаемое имя", "Display name");
    public static readonly Label Email = new("Электрондық пошта (хабарламалар үшін, міндетті емес)", "Электронная почта (для уведомлений, необязательно)", "E-mail (for notices, optional)");
    public static readonly Label State = new("Күйі", "Состояние", "State");
    public static readonly Label Active = new("белсенді", "активна", "active");
    public static readonly Label Disabled = new("өшірілген", "отключена", "disabled");
    public static readonly Label LastSignIn = new("Соңғы кіру", "Последний вход", "Last sign-in");
    public static readonly Label Actions = new("Әрекеттер", "Действия", "Actions");
    public static readonly Label Disable = new("Өшіру", "Отключить", "Disable");
    public static readonly Label Enable = new("Іске қосу", "Включить", "Enable");
    public static readonly Label AddUser = new("Пайдаланушы қосу", "Добавить пользователя", "Add a user");
    public static readonly Label Add = new("Қосу", "Добавить", "Add");
    public static readonly Label UnitKato = new(
        "Бірліктің КАТО коды (аудан, қала немесе облыс қызметкеріне ғана)", "Код КАТО единицы (только для сотрудника района, города или области)",
        "The unit's KATO code (a district, city or regional officer only)");
    public static readonly Label Kazakh = new("Қазақша", "Казахский", "Kazakh");
    public static readonly Label Russian = new("Орысша", "Русский", "Russian");
    public static readonly Label Account = new("Тіркелгі", "Учетная запись", "Account");
    public static readonly Label RepeatPassword = new("Құпиясөзді қайталаңыз", "Повторите пароль", "Repeat the password");
    public static readonly Label ResetPassword = new("Құпиясөзді қайта орнату", "Сбросить пароль", "Reset the password");
    public static readonly Label ResetPasswordHelp = new(
        "Жаңа құпиясөзді пайдаланушыға өзіңіз хабарлаңыз: ол ешқайда көрсетілмейді және жазылмайды. Бұғаттау алынады, ашық сеанстар жабылады.",
        "Сообщите новый пароль пользователю сами: он нигде не показывается и не записывается. Блокировка снимается, открытые сеансы завершаются.",
        "Tell the user the new password yourself: it is never shown or written down. A lockout is lifted and open sessions end.");

    public static Label NewPassword { get; } = new(
        $"Құпиясөз (кемінде {AccountRules.PasswordLength} таңба)", $"Пароль (не менее {AccountRules.PasswordLength} символов)",
        $"Password (at least {AccountRules.PasswordLength} characters)");

    public static Label LockedUntil(string time) => new($"{time} дейін бұғатталған", $"заблокирована до {time}", $"locked until {time}");

    public static Label DisableAccount(string name) => new($"{name} тіркелгісін өшіру", $"Отключить учетную запись {name}", $"Disable the account {name}");

    public static Label EnableAccount(string name) => new($"{name} тіркелгісін іске қосу", $"Включить учетную запись {name}", $"Enable the account {name}");

    /// <summary>What an administration step did, said after it was done.</summary>
    public static Label Done(string action, string name) => action switch
    {
        AuditActions.UserAdded => new($"{name} тіркелгісі қосылды.", $"Учетная запись {name} добавлена.", $"Account {name} added."),
        AuditActions.UserDisabled => new($"{name} тіркелгісі өшірілді.", $"Учетная запись {name} отключена.", $"Account {name} disabled."),
        AuditActions.UserEnabled => new($"{name} тіркелгісі іске қосылды.", $"Учетная запись {name} включена.", $"Account {name} enabled."),
        _ => new($"{name} құпиясөзі қайта орнатылды.", $"Пароль учетной записи {name} сброшен.", $"The password of {name} was reset."),
    };

    /// <summary>Why a change to an account was refused, by its code (<see cref="AccountProblem"/>'s or Identity's).</summary>
    public static Label AccountRefusal(string code) => code switch
    {
        "PasswordTooShort" or "PasswordRequiresUniqueChars" or "NoPassword" => new(
            $"Құпиясөз тым қысқа немесе қарапайым: кемінде {AccountRules.PasswordLength} таңба, кемінде 4 түрлі таңба.",
            $"Пароль слишком короткий или простой: не менее {AccountRules.PasswordLength} символов, из них не менее 4 разных.",
            $"The password is too short or too simple: at least {AccountRules.PasswordLength} characters, 4 of them different."),
        AccountProblem.PasswordsDiffer => new("Екі құпиясөз бірдей емес.", "Пароли не совпадают.", "The two passwords differ."),
        "DuplicateUserName" => new("Бұл атпен тіркелгі бар.", "Учетная запись с таким именем уже есть.", "There is already an account of that name."),
        "InvalidUserName" => new(
            "Пайдаланушы аты тек латын әріптерінен, цифрлардан және - . _ @ таңбаларынан тұрады.",
            "Имя пользователя состоит только из латинских букв, цифр и знаков - . _ @.",
            "A user name has only Latin letters, digits and - . _ @."),
        AccountProblem.NoUnitForRole => new(
            "Министрлік рөлдері бүкіл елді көреді: бірлікті көрсетпеңіз.", "Роли министерства видят всю страну: не указывайте единицу.",
            "The ministry's roles see the whole country: give no unit."),
        AccountProblem.UnitNeeded => new(
            "Аудан немесе қала қызметкеріне бүгінгі аудан не қаланың, облыс қызметкеріне облыстың КАТО коды керек.",
            "Сотруднику района или города нужен код КАТО действующего района или города, сотруднику области — области.",
            "A district or city officer needs the KATO code of a district or city as it is today, a regional officer that of a region."),
        AccountProblem.EmailInvalid => new(
            "Электрондық пошта мекенжайы дұрыс емес: оны name@example.kz түрінде жазыңыз немесе бос қалдырыңыз.",
            "Неверный адрес электронной почты: укажите его в виде name@example.kz или оставьте пустым.",
            "The e-mail address is not valid: write it like name@example.kz, or leave it empty."),
        AccountProblem.UnknownAccount => new("Мұндай тіркелгі жоқ.", "Такой учетной записи нет.", "There is no such account."),
        AccountProblem.OwnAccount => new(
            "Өз тіркелгіңізді өшіре алмайсыз: мұны басқа әкімші жасай алады.", "Нельзя отключить собственную учетную запись: это может сделать другой администратор.",
            "You cannot disable your own account: another administrator can."),
        _ => new("Өзгеріс қабылданбады.", "Изменение не принято.", "The change was refused."),
    };
}

/// <summary>The scheduled service's page.</summary>
public static partial class PortalText
{
    public static readonly Label ServiceTitle = new("Жоспарлы қызмет", "Служба по расписанию", "The scheduled service");
    public static readonly Label ServiceRunning = new("Қызмет жұмыс істеп тұр.", "Служба работает.", "The service is running.");
    public static readonly Label ServiceNotRunning = new("Қызмет жұмыс істеп тұрған жоқ.", "Служба не работает.", "The service is not running.");
    public static readonly Label NeverStarted = new("Қызмет бұл қоймада ешқашан іске қосылмаған.", "Служба ни разу не запускалась на этом хранилище.", "The service has never started on this warehouse.");
    public static readonly Label Jobs = new("Тапсырмалар", "Задания", "Jobs");
    public static readonly Label Nodes = new("Қызмет түйіндері", "Узлы службы", "Nodes of the service");
    public static readonly Label Node = new("Түйін", "Узел", "Node");
    public static readonly Label NodeState = new("Күйі", "Состояние", "State");
    public static readonly Label NodeAlive = new("жұмыс істеп тұр", "работает", "alive");
    public static readonly Label NodeSilent = new("белгі бермейді", "не отмечается", "not checking in");
    public static readonly Label LastCheckin = new("Соңғы белгісі", "Последняя отметка", "Last checked in");
    public static readonly Label RunningNow = new("Қазір орындап жатыр", "Сейчас выполняет", "Running now");
    public static readonly Label NoNodes = new("Бірде-бір түйін белгі бермеген.", "Ни один узел не отмечался.", "No node has checked in.");
    public static readonly Label Job = new("Тапсырма", "Задание", "Job");
    public static readonly Label Schedule = new("Кесте (cron, Қазақстан уақыты)", "Расписание (cron, время Казахстана)", "Schedule (cron, Kazakhstan time)");
    public static readonly Label NextFire = new("Келесі іске қосылуы", "Следующий запуск", "Next fire");
    public static readonly Label LastRun = new("Соңғы орындалуы", "Последнее выполнение", "Last run");
    public static readonly Label Never = new("ешқашан", "никогда", "never");
    public static readonly Label Off = new("өшірулі", "выключено", "off");
    public static readonly Label InboxFolder = new("Кіріс қалтасы", "Входящая папка", "Inbox");
    public static readonly Label QuarantineFolder = new("Карантин", "Карантин", "Quarantine");
    public static readonly Label Folder = new("Қалта", "Папка", "Folder");
    public static readonly Label Waiting = new("Күтіп тұрған файлдар", "Файлов ожидает", "Files waiting");
    public static readonly Label Settling = new("оның ішінде әлі жазылуда", "из них еще записываются", "of which still being written");
    public static readonly Label FileCount = new("Файлдар саны", "Число файлов", "Files");
    public static readonly Label RecentRuns = new("Соңғы орындалулар", "Последние выполнения", "Latest runs");
    public static readonly Label Started = new("Басталды", "Начало", "Started");
    public static readonly Label NoRuns = new("Әзірге орындалу жоқ.", "Выполнений пока нет.", "No runs yet.");

    public static Label LastStarted(string time, string instance) =>
        new($"Соңғы рет {time} іске қосылды ({instance}).", $"Последний запуск: {time} ({instance}).", $"Last started {time} on {instance}.");

    public static Label Took(string seconds) => new($"{seconds} с ішінде", $"за {seconds} с", $"in {seconds} s");

    public static Label CaughtUp(string time) => new($"(өткізіп алынған {time} іске қосылуы)", $"(пропущенный запуск {time})", $"(missed fire of {time})");

    /// <summary>What a job does, by its name (<see cref="Etl.Service.JobNames"/>).</summary>
    public static Label JobName(string job) => job switch
    {
        Etl.Service.JobNames.Inbox => new("Кіріс қалтасындағы файлдарды жүктеу", "Загрузка файлов из входящей папки", "Loads the inbox"),
        Etl.Service.JobNames.Tier1Deadline => new("Аудандар мен қалалар мерзімінен кейін", "После срока районов и городов", "After the districts' deadline"),
        Etl.Service.JobNames.Tier2Deadline => new("Облыстар мерзімінен кейін", "После срока областей", "After the regions' deadline"),
        Etl.Service.JobNames.SemiAnnualDraft => new("Жартыжылдық есептің жобасы", "Проект полугодового отчета", "Semi-annual report, draft"),
        Etl.Service.JobNames.SemiAnnualFinal => new("Жартыжылдық есептің түпкі нұсқасы", "Окончательный полугодовой отчет", "Semi-annual report, final"),
        Etl.Service.JobNames.Mail => new("Хаттарды жіберу", "Отправка писем", "Sends the mail"),
        Etl.Service.JobNames.Reminders => new("Мерзім туралы еске салулар", "Напоминания о сроках", "Deadline reminders"),
        Etl.Service.JobNames.ServiceStart => new("Қызметтің іске қосылуы", "Запуск службы", "Service start"),
        _ => new(job, job, job),
    };

    /// <summary>How a run ended (<see cref="RunOutcomes"/>); null while it runs, or when it was cut off half-way.</summary>
    public static Label RunOutcome(string? outcome) => outcome switch
    {
        RunOutcomes.Succeeded => new("сәтті аяқталды", "выполнено", "succeeded"),
        RunOutcomes.Failed => new("қатемен аяқталды", "ошибка", "failed"),
        RunOutcomes.Partial => new("ішінара", "частично", "partial"),
        RunOutcomes.Idle => new("жұмыс болмады", "нечего делать", "idle"),
        RunOutcomes.Skipped => new("өткізіп жіберілді", "пропущено", "skipped"),
        RunOutcomes.Stopped => new("тоқтатылды", "остановлено", "stopped"),
        RunOutcomes.Interrupted => new("үзілді", "прервано", "interrupted"),
        _ => new("аяқталмаған (орындалуда немесе жартылай тоқтаған)", "не завершено (выполняется или прервано на середине)", "unfinished (running, or stopped half-way)"),
    };
}

/// <summary>The audit log's page.</summary>
public static partial class PortalText
{
    public static readonly Label AuditTitle = new("Аудит журналы", "Журнал аудита", "Audit log");
    public static readonly Label Who = new("Пайдаланушы", "Пользователь", "User");
    public static readonly Label AuditAction = new("Әрекет", "Действие", "Action");
    public static readonly Label AnyAction = new("Кез келген", "Любое", "Any");
    public static readonly Label FromDay = new("Басы (күн)", "С (дата)", "From (day)");
    public static readonly Label ToDay = new("Соңы (күн)", "По (дата)", "To (day)");
    public static readonly Label SubjectContains = new("Нысанында бар мәтін", "Объект содержит", "Subject contains");
    public static readonly Label ClearFilters = new("Сүзгілерді тазалау", "Сбросить фильтры", "Clear the filters");
    public static readonly Label When = new("Уақыты (Қазақстан уақыты)", "Время (время Казахстана)", "When (Kazakhstan time)");
    public static readonly Label Subject = new("Нысаны", "Объект", "Subject");
    public static readonly Label Address = new("Қайдан", "Откуда", "From where");
    public static readonly Label NoEntries = new("Жазба табылмады.", "Записей не найдено.", "No entries found.");
    public static readonly Label Pages = new("Беттер", "Страницы", "Pages");
    public static readonly Label NewerPage = new("Жаңарақ жазбалар", "Более новые записи", "Newer entries");
    public static readonly Label OlderPage = new("Ескірек жазбалар", "Более старые записи", "Older entries");

    public static Label AuditPageCaption(int page) =>
        new($"Аудит журналы, {page}-бет (жаңалары басында)", $"Журнал аудита, страница {page} (новые сначала)", $"Audit log, page {page} (newest first)");
}
