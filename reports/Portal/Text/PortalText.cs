using VolunteerDW.Etl.Loading;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

/// <summary>Every text the portal's pages show, in Kazakh and Russian (English for the record only): pages hold no words of their own.</summary>
public static partial class PortalText
{
    public static readonly Label Product = new("Волонтерлік қызмет мониторингі", "Мониторинг волонтерской деятельности", "Volunteer activity monitoring");
    public static readonly Label SignIn = new("Кіру", "Вход", "Sign in");
    public static readonly Label SignOut = new("Шығу", "Выйти", "Sign out");
    public static readonly Label UserName = new("Пайдаланушы аты", "Имя пользователя", "User name");
    public static readonly Label Password = new("Құпиясөз", "Пароль", "Password");
    public static readonly Label Languages = new("Тіл", "Язык", "Language");
    public static readonly Label WrongNameOrPassword = new(
        "Пайдаланушы аты немесе құпиясөз қате.", "Неверное имя пользователя или пароль.", "Wrong user name or password.");
    public static readonly Label LockedOut = new(
        "Құпиясөз тым көп рет қате терілді: тіркелгі 15 минутқа бұғатталды. Кейінірек көріңіз немесе әкімшіге хабарласыңыз.",
        "Слишком много неверных попыток: учетная запись заблокирована на 15 минут. Попробуйте позже или обратитесь к администратору.",
        "Too many wrong passwords: the account is locked for 15 minutes. Try again later or ask an administrator.");
    public static readonly Label Welcome = new("Сіз жүйеге кірдіңіз", "Вы вошли в систему", "You are signed in");
    public static readonly Label Role = new("Рөлі", "Роль", "Role");
    public static readonly Label Unit = new("Бірлік", "Единица", "Unit");
    public static readonly Label Template = new("Есеп үлгісі", "Шаблон отчета", "Return template");
    public static readonly Label TemplateHelp = new(
        "Бірлік пен тоқсанды таңдап, толтырылуға дайын есеп кітабын жүктеп алыңыз.",
        "Выберите единицу и квартал и скачайте книгу отчета, готовую к заполнению.",
        "Choose the unit and the quarter and download the workbook ready to fill in.");
    public static readonly Label Quarter = new("Тоқсан (мысалы, 2026Q3)", "Квартал (например, 2026Q3)", "Quarter (e.g. 2026Q3)");
    public static readonly Label Download = new("Жүктеп алу", "Скачать", "Download");
    public static readonly Label Upload = new("Есепті жіберу", "Отправить отчет", "Send a return");
    public static readonly Label UploadHelp = new(
        "Толтырылған есеп кітабын (.xlsx) немесе облыстың пакетін (.zip) таңдаңыз; нәтижесі бірден көрсетіледі.",
        "Выберите заполненную книгу отчета (.xlsx) или пакет области (.zip); результат будет показан сразу.",
        "Choose the filled return workbook (.xlsx) or a region's package (.zip); the result is shown at once.");
    public static readonly Label DropHint = new("…немесе файлдарды осы жерге сүйреп әкеліңіз.", "…или перетащите файлы сюда.", "…or drag the files here.");
    public static readonly Label Sending = new("Жіберіліп, тексерілуде…", "Отправка и проверка…", "Sending and checking…");
    public static readonly Label Files = new("Файлдар", "Файлы", "Files");
    public static readonly Label Send = new("Жіберу", "Отправить", "Send");
    public static readonly Label Results = new("Нәтижесі", "Результат", "Result");
    public static readonly Label CheckedWorkbook = new(
        "Қателері белгіленген кітапты жүктеп алу", "Скачать книгу с отмеченными ошибками", "Download the workbook with its problems marked");

    /// <summary>What became of a file, as the sender reads it.</summary>
    public static Label Outcome(LoadOutcome outcome) => outcome switch
    {
        LoadOutcome.Loaded => new("қабылданды", "принят", "accepted"),
        LoadOutcome.AlreadyLoaded => new("бұрын қабылданған", "принят ранее", "accepted before"),
        LoadOutcome.Rejected => new("қабылданбады", "не принят", "rejected"),
        _ => new("өткізіп жіберілді", "пропущен", "skipped"),
    };

    public static readonly Label Sections = new("Бөлімдер", "Разделы", "Sections");
    public static readonly Label WholeCountry = new("Бүкіл ел", "Вся страна", "The whole country");
}
