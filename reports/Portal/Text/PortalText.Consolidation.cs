using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

public static partial class PortalText
{
    /// <summary>The words of a region's consolidated figures (<c>/Approval/Consolidated</c>).</summary>
    public static class Consolidation
    {
        public static readonly Label Title = new("Облыс бойынша жиынтық", "Свод по области", "The region's consolidated figures");
        public static readonly Label Help = new(
            "«consolidated» парағы облыс қабылдаған аудандар мен қалалардың есептерінің сомасынан және облыстың өз есебінің деректерінен басталады; облыс оны растайды немесе түзетеді. Облыстың жиынтығы мен аудандар сомасының айырмашылықтары салыстыру нәтижелерінде екі санымен бірге қалады.",
            "Лист «consolidated» начинается с суммы принятых областью отчётов районов и городов и данных собственного отчёта области; область подтверждает или исправляет его. Расхождения свода области с суммой районов остаются в результатах сверки с обоими числами.",
            "The consolidated sheet starts from the sum of the districts' returns the region accepted plus the region's own figures; the region confirms or corrects it. Differences between the region's claim and its districts' sum remain reconciliation findings with both numbers.");
        public static readonly Label Caption = new(
            "Субъект түрі мен қызмет түрі бойынша: қабылданған аудандар, облыстың өзі, алдын ала толтырылған жиынтық, облыстың мәлімдегені және айырмашылық",
            "По типу субъекта и виду деятельности: принятые районы, сама область, предзаполненный итог, заявленное областью и расхождение",
            "By subject type and activity type: accepted districts, the region's own, the pre-filled total, the region's claim and the difference");
        public static readonly Label Districts = new("Қабылданған аудандар сомасы", "Сумма принятых районов", "Accepted districts' sum");
        public static readonly Label Own = new("Облыстың өз деректері", "Собственные данные области", "The region's own");
        public static readonly Label Total = new("Алдын ала толтырылған жиынтық", "Предзаполненный итог", "Pre-filled total");
        public static readonly Label Claimed = new("Облыстың жиынтығы («consolidated»)", "Свод области («consolidated»)", "The region's claim (consolidated)");
        public static readonly Label Difference = new("Айырмашылық (жиынтық − итог)", "Расхождение (свод − итог)", "Difference (claim − total)");
        public static readonly Label Counted = new("Есептелген аудандар мен қалалар (облыс қабылдаған)", "Учтены районы и города (приняты областью)", "Districts and cities counted (accepted by the region)");
        public static readonly Label NotCounted = new("Есептелмеген аудандар мен қалалар", "Не учтены районы и города", "Districts and cities not counted");
        public static readonly Label None = new("Жоқ.", "Нет.", "None.");
        public static readonly Label NoOwnReturn = new(
            "Облыс өз есебін әлі жібермеген: оның өз деректері мен жиынтығы бос.",
            "Область ещё не отправила собственный отчёт: её собственные данные и свод пусты.",
            "The region has not sent its own return yet: its own figures and its claim are blank.");
        public static readonly Label Template = new("Облыстың алдын ала толтырылған есеп үлгісін жүктеп алу", "Скачать предзаполненный шаблон отчёта области", "Download the region's pre-filled return template");

        /// <summary>The headings of the grid's code and count columns, as the return's own sheet names them.</summary>
        public static Label Field(string code) => SubmissionLayout.Consolidated.Field(code).Label;
    }
}
