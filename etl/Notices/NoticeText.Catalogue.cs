using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Etl.Notices;

// The words of every notice, in Kazakh and Russian (English for the record only). Placeholders in
// braces are filled by NoticeText; {reason} is never offered to a subject.
public static partial class NoticeText
{
    private static readonly Dictionary<string, (Label Subject, Label Body)> Moves = new(StringComparer.Ordinal)
    {
        [MailKinds.Returned] = (
            new("{quarter}: {unit} есебі пысықтауға қайтарылды", "{quarter}: отчет {unit} возвращен на доработку", "{quarter}: the return of {unit} was returned"),
            new("{actor} {unit} бірлігінің {quarter} есебін пысықтауға қайтарды. Есепті түзетіп, қайта жіберіңіз.",
                "{actor} вернул(а) отчет {unit} за {quarter} на доработку. Исправьте отчет и отправьте его снова.",
                "{actor} returned the return of {unit} for {quarter}. Correct it and send it again.")),
        [MailKinds.Accepted] = (
            new("{quarter}: {unit} есебі қабылданды", "{quarter}: отчет {unit} принят", "{quarter}: the return of {unit} was accepted"),
            new("{actor} {unit} бірлігінің {quarter} есебін қабылдады.", "{actor} принял(а) отчет {unit} за {quarter}.", "{actor} accepted the return of {unit} for {quarter}.")),
        [MailKinds.PackageAwaiting] = (
            new("{quarter}: {unit} пакеті министрліктің қарауында", "{quarter}: пакет {unit} ожидает рассмотрения министерства", "{quarter}: the package of {unit} awaits the ministry"),
            new("{actor} {unit} облысының {quarter} пакетін министрлікке жіберді. Оны қабылдаңыз немесе себебін көрсетіп қайтарыңыз.",
                "{actor} отправил(а) пакет {unit} за {quarter} в министерство. Примите его или верните с указанием причины.",
                "{actor} sent the package of {unit} for {quarter} to the ministry. Accept it or return it with a reason.")),
        [MailKinds.PackageReturned] = (
            new("{quarter}: {unit} пакеті облысқа қайтарылды", "{quarter}: пакет {unit} возвращен области", "{quarter}: the package of {unit} was returned"),
            new("{actor} {unit} облысының {quarter} пакетін қайтарды. Түзетіп, министрлікке қайта жіберіңіз.",
                "{actor} вернул(а) пакет {unit} за {quarter}. Исправьте его и отправьте в министерство снова.",
                "{actor} returned the package of {unit} for {quarter}. Correct it and send it to the ministry again.")),
        [MailKinds.PackageAccepted] = (
            new("{quarter}: {unit} пакетін министрлік қабылдады", "{quarter}: пакет {unit} принят министерством", "{quarter}: the ministry accepted the package of {unit}"),
            new("{actor} {unit} облысының {quarter} пакетін қабылдады.", "{actor} принял(а) пакет {unit} за {quarter}.", "{actor} accepted the package of {unit} for {quarter}.")),
        [MailKinds.Reopened] = (
            new("{quarter}: {unit} есебі қайта ашылды", "{quarter}: отчет {unit} открыт повторно", "{quarter}: the return of {unit} was reopened"),
            new("{actor} {unit} бірлігінің {quarter} есебін қайта ашты. Есепті түзетіп, қайта жіберіңіз.",
                "{actor} повторно открыл(а) отчет {unit} за {quarter}. Исправьте отчет и отправьте его снова.",
                "{actor} reopened the return of {unit} for {quarter}. Correct it and send it again.")),
        [MailKinds.Unlocked] = (
            new("{quarter}: {unit} бұғаттан шығарылды", "{quarter}: {unit} разблокирован", "{quarter}: {unit} was unlocked"),
            new("{actor} {unit} облысының {quarter} деректерін өзгерту үшін бұғаттан шығарды.",
                "{actor} разблокировал(а) данные {unit} за {quarter} для изменения.",
                "{actor} unlocked the figures of {unit} for {quarter} to be changed.")),
    };

    private static readonly Label ReminderSubject = new(
        "Еске салу: {quarter} есебінің мерзімі {deadline}", "Напоминание: срок отчета за {quarter} — {deadline}", "Reminder: the return for {quarter} is due {deadline}");

    private static readonly Label ReminderNotSent = new(
        "{unit} бірлігінің {quarter} есебі әлі жіберілмеген. Есепті {deadline} қоса алғанда жіберіңіз.",
        "Отчет {unit} за {quarter} еще не отправлен. Отправьте его до {deadline} включительно.",
        "The return of {unit} for {quarter} has not been sent. Send it by {deadline}.");

    private static readonly Label ReminderReturned = new(
        "{unit} бірлігінің {quarter} есебі пысықтауға қайтарылған және әлі қайта жіберілмеген. Түзетілген есепті {deadline} қоса алғанда жіберіңіз.",
        "Отчет {unit} за {quarter} возвращен на доработку и еще не отправлен снова. Отправьте исправленный отчет до {deadline} включительно.",
        "The return of {unit} for {quarter} was returned and has not been sent again. Send the corrected return by {deadline}.");

    private static readonly Label ReminderPackage = new(
        "{unit} облысының {quarter} пакеті министрлікке әлі жіберілмеген. Пакетті {deadline} қоса алғанда жіберіңіз.",
        "Пакет {unit} за {quarter} еще не отправлен в министерство. Отправьте его до {deadline} включительно.",
        "The package of {unit} for {quarter} has not been sent to the ministry. Send it by {deadline}.");

    private static readonly Label LateSubject = new(
        "{quarter}: мерзімінде ұсынылмағандар ({count})", "{quarter}: не представили в срок ({count})", "{quarter}: not sent in time ({count})");

    private static readonly Label LateDistricts = new(
        "Аудандар мен қалалардың {quarter} есептерін ұсыну мерзімі {deadline} аяқталды. Есебін әлі жібермегендер ({region}):",
        "Срок представления отчетов районов и городов за {quarter} истек {deadline}. Еще не отправили отчет ({region}):",
        "The districts' and cities' returns for {quarter} were due {deadline}. Not yet sent ({region}):");

    private static readonly Label LateRegions = new(
        "Облыстардың {quarter} пакеттерін ұсыну мерзімі {deadline} аяқталды. Пакетін министрлікке әлі жібермегендер:",
        "Срок представления пакетов областей за {quarter} истек {deadline}. Еще не отправили пакет в министерство:",
        "The regions' packages for {quarter} were due {deadline}. Not yet sent to the ministry:");

    private static readonly Label QuarterName = new("{year} жылғы {number}-тоқсан", "{number}-й квартал {year} года", "Q{number} {year}");

    private static readonly Label ReasonHeading = new("Себебі:", "Причина:", "Reason:");

    private static readonly Label PortalLink = new("Порталда ашу: {address}", "Открыть в портале: {address}", "Open the portal: {address}");

    private static readonly Label Automatic = new(
        "Бұл хат жүйеден автоматты түрде жіберілді; оған жауап бермеңіз.",
        "Это письмо отправлено системой автоматически; не отвечайте на него.",
        "This message was sent by the system; do not reply to it.");
}
