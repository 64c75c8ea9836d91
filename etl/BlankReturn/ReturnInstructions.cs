using System.Globalization;
using ClosedXML.Excel;
using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// The <c>instructions</c> sheet: how to fill the return, first in Kazakh, then in Russian, with
/// this quarter's deadlines. Read-only.
/// </summary>
internal static class ReturnInstructions
{
    public const string SheetName = "instructions";

    // As wide as a portrait A4 page holds at full size.
    private const double Width = 95;

    private enum Kind
    {
        Title,
        Heading,
        Text,
        Important,
    }

    public static void Write(IXLWorksheet sheet, UnitVersionRow unit, Quarter quarter, bool isRegion, string footer)
    {
        sheet.Column(1).Width = Width;
        sheet.Column(1).Style.Alignment.WrapText = true;
        sheet.Column(1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var lines = Lines(unit, quarter, isRegion).ToList();
        var row = 1;
        foreach (var language in new[] { Language.Kk, Language.Ru })
        {
            foreach (var (kind, kk, ru) in lines)
            {
                var text = language == Language.Kk ? kk : ru;
                var cell = sheet.Cell(row, 1);
                cell.SetValue(text);
                cell.Style.Font.Bold = kind != Kind.Text;
                cell.Style.Font.FontSize = kind == Kind.Title ? 14 : 11;
                RowHeights.Fit(sheet.Row(row));
                row++;
            }

            row++;
        }

        PrintLayout.Apply(sheet, footer);
        sheet.Protect();
    }

    private static IEnumerable<(Kind Kind, string Kk, string Ru)> Lines(UnitVersionRow unit, Quarter quarter, bool isRegion)
    {
        var (header, subjects) = (SubmissionLayout.Header.Name, SubmissionLayout.Subjects.Name);
        var (iso, dotted) = (Date(quarter.LastDay, "yyyy-MM-dd"), Date(quarter.LastDay, "dd.MM.yyyy"));
        var (tier1, tier2) = (quarter.Tier1Deadline, quarter.Tier2Deadline);
        var own = isRegion ? tier2 : tier1;

        yield return (Kind.Title,
            $"Волонтерлік қызмет мониторингі: {quarter.Year} жылғы {quarter.Number}-тоқсан бойынша есеп",
            $"Мониторинг волонтёрской деятельности: отчёт за {quarter.Number} квартал {quarter.Year} года");
        yield return (Kind.Heading, $"{unit.NameKk}, ӘАОЖ коды {unit.KatoCode}", $"{unit.NameRu}, код КАТО {unit.KatoCode}");

        yield return (Kind.Heading, "Парақтар", "Листы");
        yield return (Kind.Text,
            $"«{header}» — есеп туралы мәліметтер. Бірліктің коды мен атауы, жылы мен тоқсаны толтырылған; орындаушының аты-жөнін, лауазымын, телефонын, электрондық поштасын және есептің жіберілген күнін сары ұяшықтарға жазыңыз.",
            $"«{header}» — сведения об отчёте. Код и наименование единицы, год и квартал уже заполнены; впишите в жёлтые ячейки ФИО исполнителя, должность, телефон, электронную почту и дату отправки отчёта.");
        yield return (Kind.Text,
            $"«{subjects}» — волонтерлік қызмет субъектілері. Әр субъект түрі мен қызмет түрі үшін жолдар дайындалған: субъектілер санын, қатысқан адамдар санын және олардың ішінде жаңа субъектілер санын жазыңыз.",
            $"«{subjects}» — субъекты волонтёрской деятельности. Строки для каждого типа субъекта и вида деятельности уже подготовлены: впишите количество субъектов, вовлечённых людей и из них новых субъектов.");
        yield return (Kind.Text,
            $"«{SubmissionLayout.Programmes.Name}» — бағдарламалар, жобалар және акциялар, әрқайсысы жеке жолда: түрі, атауы, қызмет түрі, басталған және аяқталған күндері, серіктес мемлекеттік орган (болса), еріктілер мен көмек алушылар саны, еріктілік сағаттары, қаржыландыру (теңгемен).",
            $"«{SubmissionLayout.Programmes.Name}» — программы, проекты и акции, каждая в отдельной строке: вид, наименование, вид деятельности, даты начала и окончания, государственный орган-партнёр (если был), количество волонтёров и благополучателей, волонтёрские часы, финансирование (в тенге).");
        yield return (Kind.Text,
            $"«{SubmissionLayout.Practices.Name}» — оң тәжірибе, проблемалар және ұсыныстар, әрқайсысы жеке жолда: тақырыбы мен мазмұны; ұсыныс үшін оның бағытын таңдаңыз.",
            $"«{SubmissionLayout.Practices.Name}» — положительный опыт, проблемы и предложения, каждый пункт в отдельной строке: заголовок и содержание; для предложения выберите его направление.");
        if (isRegion)
        {
            yield return (Kind.Text,
                $"«{SubmissionLayout.Consolidated.Name}» — өңірдің бүкіл аумағы бойынша жиынтық (аудандар мен қалалардың деректерін қоса алғанда): «{subjects}» парағындағыдай көрсеткіштер.",
                $"«{SubmissionLayout.Consolidated.Name}» — свод по всей территории региона (включая данные районов и городов): те же показатели, что на листе «{subjects}».");
            yield return (Kind.Text,
                $"«{SubmissionLayout.Consolidated.Name}» парағы облыс қабылдаған аудандар мен қалалардың есептерінің сомасымен және облыстың өз есебінің «{subjects}» парағындағы деректерімен (үлгі жүктелген сәттегі) алдын ала толтырылған. Сандарды тексеріп, қажет болса түзетіңіз; бос ұяшық — әлі ешкім мәлімет бермеген.",
                $"Лист «{SubmissionLayout.Consolidated.Name}» заполнен заранее: сумма принятых областью отчётов районов и городов и данные листа «{subjects}» собственного отчёта области (на момент скачивания шаблона). Проверьте числа и при необходимости исправьте; пустая ячейка — пока никто не представил данных.");
        }

        yield return (Kind.Heading, "Толтыру ережелері", "Правила заполнения");
        yield return (Kind.Text,
            "Сан бағанындағы бос ұяшық «мәлімет берілмеген», ал 0 «мәлімет берілді, саны нөлге тең» дегенді білдіреді. Саны нөлге тең болса, ұяшықты бос қалдырмай, 0 деп жазыңыз.",
            "Пустая ячейка в столбце с количеством означает «не представлено», а 0 — «представлено, равно нулю». Если количество равно нулю, впишите 0, а не оставляйте ячейку пустой.");
        yield return (Kind.Text,
            "Сандар тек бүтін болады: бөлшек бөлігінсіз және өлшем бірлігінсіз, 0 немесе одан үлкен.",
            "Числа — только целые: без дробной части и единиц измерения, 0 или больше.");
        yield return (Kind.Text,
            $"Күндер: электрондық кестедегі күн немесе жжжж-аа-кк ({iso}) не кк.аа.жжжж ({dotted}) түріндегі мәтін.",
            $"Даты: дата электронной таблицы либо текст вида гггг-мм-дд ({iso}) или дд.мм.гггг ({dotted}).");
        yield return (Kind.Text,
            "Код ұяшықтарында мәнді ашылмалы тізімнен таңдаңыз («код — атауы»); есепке «—» белгісіне дейінгі код алынады.",
            "В ячейках с кодами выберите значение из раскрывающегося списка («код — наименование»); учитывается код до знака «—».");
        yield return (Kind.Text,
            "Парақтардың атауын өзгертпеңіз. 1-жолды (өріс кодтары, жасырылған) және 2-жолды (тақырыптар) өзгертпеңіз, олар қорғалған. Деректерді 3-жолдан бастап жазыңыз; жолдарды қосуға болады.",
            "Не переименовывайте листы. Не изменяйте строку 1 (коды полей, она скрыта) и строку 2 (заголовки): они защищены. Данные вносите с 3-й строки; строки можно добавлять.");

        yield return (Kind.Heading, "Ұсыну мерзімдері", "Сроки представления");
        yield return (Kind.Text,
            $"Аудандардың және облыстық маңызы бар қалалардың әкімдіктері есепті облыстың, республикалық маңызы бар қаланың немесе астананың әкімдігіне {ReportingDeadlines.NoLaterThanKk(tier1)} ұсынады.",
            $"Акиматы районов и городов областного значения представляют отчёт в акимат области, города республиканского значения или столицы {ReportingDeadlines.NoLaterThanRu(tier1)}.");
        yield return (Kind.Text,
            $"Облыстардың, республикалық маңызы бар қалалардың және астананың әкімдіктері есепті уәкілетті органға (министрлікке) {ReportingDeadlines.NoLaterThanKk(tier2)} ұсынады.",
            $"Акиматы областей, городов республиканского значения и столицы представляют отчёт в уполномоченный орган (министерство) {ReportingDeadlines.NoLaterThanRu(tier2)}.");
        yield return (Kind.Important,
            $"Осы есепті {ReportingDeadlines.NoLaterThanKk(own)} жіберіңіз.",
            $"Этот отчёт направьте {ReportingDeadlines.NoLaterThanRu(own)}.");
    }

    private static string Date(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
