using VolunteerDW.Etl.Workflow;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

public static partial class PortalText
{
    /// <summary>The words of the approval sheet (<c>/Approval</c>) and a return's timeline (<c>/Approval/Timeline</c>).</summary>
    public static class Approval
    {
        public static readonly Label Title = new("Есептерді қабылдау", "Приемка отчетов", "Approval");
        public static readonly Label Help = new(
            "Облыс аудандардың есептерін қабылдайды немесе себебін көрсетіп қайтарады, содан кейін өз пакетін министрлікке жібереді; министрлік пакетті қабылдайды немесе қайтарады.",
            "Область принимает отчеты районов или возвращает их с указанием причины, затем отправляет свой пакет в министерство; министерство принимает или возвращает пакет.",
            "The region accepts its districts' returns or returns them with a reason, then sends its package to the ministry, which accepts or returns it.");
        public static readonly Label Package = new("Облыстың пакеті", "Пакет области", "The region's package");
        public static readonly Label Districts = new("Аудандар мен қалалардың есептері", "Отчеты районов и городов", "The districts' and cities' returns");
        public static readonly Label Standing = new("Күйі", "Состояние", "Standing");
        public static readonly Label Version = new("Нұсқа", "Версия", "Version");
        public static readonly Label Moves = new("Әрекеттер", "Действия", "Moves");
        public static readonly Label Reason = new("Себебі", "Причина", "Reason");
        public static readonly Label Timeline = new("Тарихы", "История", "Timeline");
        public static readonly Label NoMoves = new("Әзірге ешбір әрекет жоқ.", "Пока нет ни одного действия.", "No moves yet.");
        public static readonly Label Inbox = new("кіріс қалтасы арқылы", "через папку входящих", "through the inbox");
        public static readonly Label When = new("Уақыты", "Когда", "When");
        public static readonly Label Who = new("Кім", "Кто", "Who");
        public static readonly Label What = new("Не", "Что", "What");
        public static readonly Label Done = new("Орындалды.", "Выполнено.", "Done.");
        public static readonly Label Waiting = new("Сіздің назарыңызды күтеді", "Требует вашего внимания", "Waiting for you");
        public static readonly Label NothingWaiting = new("Қазір сізді күтіп тұрған ештеңе жоқ.", "Сейчас ничего не ждет вашего решения.", "Nothing is waiting for you now.");
        public static readonly Label Compare = new("Алдыңғы нұсқамен салыстыру", "Сравнить с предыдущей версией", "Compare with the previous version");

        public static readonly Label AcceptanceTitle = new("Қабылдау", "Приемка", "Acceptance");
        public static readonly Label Hop = new("Деңгей", "Уровень", "Hop");
        public static readonly Label AcceptedCount = new("Қабылданды", "Принято", "Accepted");
        public static readonly Label ReturnedCount = new("Қайтарылды", "Возвращено", "Sent back");
        public static readonly Label MeanDays = new("Қабылдауға орта есеппен күн", "Дней до приемки в среднем", "Mean days to accept");
        public static readonly Label MaxDays = new("Ең ұзағы, күн", "Дольше всего, дней", "Longest, days");

        public static Label HopName(int tier) => tier == 1
            ? new("Аудан ▶ облыс", "Район ▶ область", "District ▶ region")
            : new("Облыс ▶ министрлік", "Область ▶ министерство", "Region ▶ ministry");

        public static readonly Label Listed = new("Пакеттегі аудандар", "Районы в пакете", "Districts in the package");

        public static Label SinceAccepted(int version) => new(
            $"Қабылданған v{version} нұсқасынан бері не өзгерді", $"Что изменилось после принятой версии v{version}", $"What changed since accepted v{version}");

        public static Label Waited(int days) => new($"{days} күн күтті", $"ожидал {days} дн.", $"waited {days} day(s)");

        /// <summary>The button of each move a person can make from the sheet.</summary>
        public static Label Button(string move) => move switch
        {
            WorkflowMoves.Accepted => new("Қабылдау", "Принять", "Accept"),
            WorkflowMoves.Returned => new("Пысықтауға қайтару", "Вернуть на доработку", "Return"),
            WorkflowMoves.PackageSent => new("Пакетті министрлікке жіберу", "Отправить пакет в министерство", "Send the package to the ministry"),
            WorkflowMoves.PackageAccepted => new("Пакетті қабылдау", "Принять пакет", "Accept the package"),
            WorkflowMoves.PackageReturned => new("Пакетті облысқа қайтару", "Вернуть пакет области", "Return the package"),
            WorkflowMoves.Reopened => new("Есепті қайта ашу", "Открыть отчет повторно", "Reopen the return"),
            WorkflowMoves.Unlocked => new("Тоқсанды бұғаттан шығару", "Разблокировать квартал", "Unlock the quarter"),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Not a move made from the sheet."),
        };

        /// <summary>Why a move was not made, and what to do.</summary>
        public static Label Refused(MoveRefusal refusal) => refusal switch
        {
            MoveRefusal.NotForRole => new("Сіздің рөліңіз бұл әрекетті жасай алмайды.", "Ваша роль не позволяет это действие.", "Your role does not make this move."),
            MoveRefusal.OtherRegion => new("Бұл басқа облыстың есебі: оны сол облыс қарайды.", "Это отчет другой области: его рассматривает та область.", "This is another region's return: that region reviews it."),
            MoveRefusal.WrongTier => new("Бұл әрекет есептің бұл түріне жасалмайды.", "Это действие не применяется к такому отчету.", "This move is not made on this kind of return."),
            MoveRefusal.NoReturn => new("Есеп әлі жіберілмеген.", "Отчет еще не отправлен.", "No return has been sent yet."),
            MoveRefusal.NotInState => new("Есептің күйі өзгерген: бетті жаңартып, қайта көріңіз.", "Состояние отчета изменилось: обновите страницу и попробуйте снова.", "The return has moved on: reload the page and try again."),
            MoveRefusal.ReasonRequired => new("Себебін жазыңыз (2000 таңбадан аспайтын).", "Укажите причину (не длиннее 2000 знаков).", "Write the reason (at most 2,000 characters)."),
            MoveRefusal.Locked => new("Министрлік облыстың тоқсанын қабылдады: өзгерту үшін министрліктен бұғаттан шығаруды сұраңыз.", "Министерство приняло квартал области: чтобы изменить, попросите министерство разблокировать его.", "The ministry has accepted the region's quarter: ask it to unlock the quarter to change it."),
            MoveRefusal.WithMinistry => new("Пакет министрліктің қарауында: жауабын күтіңіз.", "Пакет на рассмотрении министерства: дождитесь ответа.", "The package is with the ministry: wait for its answer."),
            _ => new("Мұндай бірлік немесе тоқсан жоқ.", "Нет такой единицы или квартала.", "There is no such unit or quarter."),
        };
    }
}
