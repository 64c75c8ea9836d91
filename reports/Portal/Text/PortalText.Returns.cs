using VolunteerDW.Etl.History;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

public static partial class PortalText
{
    /// <summary>The words of the returns' history (<c>/Returns</c>) and of a comparison of two versions (<c>/Returns/Compare</c>).</summary>
    public static class ReturnHistory
    {
        public static readonly Label Title = new("Есептер тарихы", "История отчетов", "Returns history");
        public static readonly Label Help = new(
            "Сізге көрінетін есептер: әр тоқсан мен бірлік бойынша барлық нұсқалары, қайсысы есепке алынатыны және мерзімінде тапсырылғаны.",
            "Отчеты, доступные вам: по каждому кварталу и единице все версии, какая из них учитывается и сдан ли отчет в срок.",
            "The returns you may see: for each quarter and unit every version, which one counts and whether it came on time.");
        public static readonly Label QuarterChoice = new("Тоқсан", "Квартал", "Quarter");
        public static readonly Label AllQuarters = new("Барлық тоқсандар", "Все кварталы", "Every quarter");
        public static readonly Label AllUnits = new("Барлық бірліктер", "Все единицы", "Every unit");
        public static readonly Label Show = new("Көрсету", "Показать", "Show");
        public static readonly Label NoReturns = new("Көрсететін есеп жоқ.", "Нет отчетов для показа.", "There are no returns to show.");
        public static readonly Label Versions = new("Нұсқалары", "Версии", "Versions");
        public static readonly Label Version = new("Нұсқа", "Версия", "Version");
        public static readonly Label Received = new("Алынған уақыты", "Получен", "Received");
        public static readonly Label FileName = new("Файл", "Файл", "File");
        public static readonly Label InPackage = new("пакетте", "в пакете", "in package");
        public static readonly Label SentBy = new("Жіберген", "Отправил", "Sent by");
        public static readonly Label Standing = new("Күйі", "Состояние", "Standing");
        public static readonly Label Current = new("есепке алынады", "учитывается", "counts");
        public static readonly Label Superseded = new("ауыстырылды", "заменена", "superseded");
        public static readonly Label Timeliness = new("Мерзімі", "Срок сдачи", "Timeliness");
        public static readonly Label NotEvaluated = new("бағаланбаған", "не оценен", "not evaluated");
        public static readonly Label JudgedOnThisVersion = new("мерзім осы нұсқа бойынша", "срок — по этой версии", "timeliness is judged on this version");
        public static readonly Label Changes = new("Өзгерістер", "Изменения", "Changes");
        public static readonly Label CompareVersions = new("Екі нұсқаны салыстыру", "Сравнить две версии", "Compare two versions");
        public static readonly Label FromVersion = new("Бастапқы нұсқа", "Исходная версия", "From version");
        public static readonly Label ToVersion = new("Кейінгі нұсқа", "Новая версия", "To version");
        public static readonly Label Compare = new("Салыстыру", "Сравнить", "Compare");
        public static readonly Label Differences = new("Нұсқалар айырмасы", "Различия версий", "Differences between versions");
        public static readonly Label NoDifferences = new(
            "Екі нұсқаның барлық ұяшықтары бірдей.", "Все ячейки двух версий совпадают.", "Every cell of the two versions is the same.");
        public static readonly Label Field = new("Өріс", "Поле", "Field");
        public static readonly Label Was = new("Бұрын", "Было", "Was");
        public static readonly Label Became = new("Кейін", "Стало", "Now");
        public static readonly Label Row = new("жол", "строка", "row");
        public static readonly Label BackToHistory = new("Есептер тарихына оралу", "Вернуться к истории отчетов", "Back to the returns history");

        /// <summary>How late a return came, in days.</summary>
        public static Label DaysLate(int days) => new($"{days} күн кешікті", $"опоздание {days} дн.", $"{days} day(s) late");

        /// <summary>The text of the link from a version to what changed since the one before it.</summary>
        public static Label ChangesFrom(int from, int to) => new($"v{from} → v{to} өзгерістері", $"Изменения v{from} → v{to}", $"Changes v{from} → v{to}");

        /// <summary>The two versions compared, as the comparison's heading names them.</summary>
        public static Label VersionsCompared(int from, int to) => new($"v{from} → v{to}", $"v{from} → v{to}", $"v{from} → v{to}");

        /// <summary>How a row of the newer version stands against the older.</summary>
        public static Label RowChangeName(RowChange change) => change switch
        {
            RowChange.Added => new("Қосылған жол", "Добавлена строка", "Row added"),
            RowChange.Removed => new("Жойылған жол", "Удалена строка", "Row removed"),
            _ => new("Өзгерген жол", "Изменена строка", "Row changed"),
        };
    }
}
