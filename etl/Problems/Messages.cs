using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Etl.Problems;

/// <summary>
/// What each problem means and how to fix it, in Kazakh, Russian and English. <c>{value}</c> is the
/// value found and <c>{expected}</c> what was expected.
/// </summary>
public static class Messages
{
    // Declared before the catalogue, which uses it: static fields are set in the order written.
    private static readonly Label SaveAsWorkbook = new(
        "Файлды Excel немесе LibreOffice-те ашып, «Excel жұмыс кітабы (.xlsx)» ретінде сақтаңыз.",
        "Откройте файл в Excel или LibreOffice и сохраните его как «Книга Excel (.xlsx)».",
        "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).");

    private static readonly Dictionary<ProblemKind, (Label Problem, Label Fix)> Catalogue = new()
    {
        [ProblemKind.NotAWorkbook] = (
            new("файл Excel жұмыс кітабы (.xlsx) емес немесе бүлінген", "файл не является книгой Excel (.xlsx) или повреждён", "the file is not an Excel workbook (.xlsx) or is damaged"),
            new("Үлгіні Excel немесе LibreOffice-те ашып, .xlsx ретінде қайта сақтаңыз.", "Откройте шаблон в Excel или LibreOffice и сохраните заново как .xlsx.", "Open the template in Excel or LibreOffice and save it again as .xlsx.")),
        [ProblemKind.Encrypted] = (
            new("файл құпиясөзбен қорғалған (шифрланған)", "файл защищён паролем (зашифрован)", "the file is password-protected (encrypted)"),
            new("Файлды ашып, құпиясөзді алып тастаңыз да, .xlsx ретінде қайта сақтаңыз.", "Откройте файл, снимите пароль и сохраните его заново в формате .xlsx.", "Open the file, remove the password and save it again as .xlsx.")),
        [ProblemKind.OldExcelFormat] = (
            new("файл ескі Excel 97–2003 (.xls) пішімінде", "файл в старом формате Excel 97–2003 (.xls)", "the file is in the old Excel 97–2003 format (.xls)"),
            SaveAsWorkbook),
        [ProblemKind.MacroEnabledWorkbook] = (
            new("файл — макростар қосылған Excel жұмыс кітабы (.xlsm); макросы бар файлдар қабылданбайды", "файл — книга Excel с поддержкой макросов (.xlsm); файлы с макросами не принимаются", "the file is a macro-enabled Excel workbook (.xlsm); files with macros are not accepted"),
            SaveAsWorkbook),
        [ProblemKind.CsvFile] = (
            new("файл — CSV мәтіндік кестесі (.csv); мұндай файлда есептің парақтары болмайды", "файл — текстовая таблица CSV (.csv); в таком файле не может быть листов отчёта", "the file is a CSV text table (.csv), which cannot hold the return's sheets"),
            new("Есеп үлгісін (vdw template) толтырып, «Excel жұмыс кітабы (.xlsx)» ретінде сақтаңыз.", "Заполните шаблон отчёта (vdw template) и сохраните его как «Книга Excel (.xlsx)».", "Fill in the return's template (vdw template) and save it as an Excel Workbook (.xlsx).")),
        [ProblemKind.OtherSpreadsheetFormat] = (
            new("файл {value} пішімінде, бұл пішім қабылданбайды", "файл в формате {value}, который не принимается", "the file is in the {value} format, which is not accepted"),
            SaveAsWorkbook),
        [ProblemKind.ExcelLockFile] = (
            new("бұл — жұмыс кітабы ашық тұрғанда Excel жасайтын құлыптау файлы (~$…), есеп емес", "это служебный файл блокировки, который Excel создаёт, пока книга открыта (~$…), а не отчёт", "this is the lock file Excel keeps while a workbook is open (~$…), not a return"),
            new("Түзететін ештеңе жоқ: есептің өзі — атауында ~$ жоқ файл. Мұрағаттау алдында кітаптарды Excel-де жабыңыз.", "Исправлять нечего: отчёт — это файл с тем же именем без ~$. Перед архивацией закройте книги в Excel.", "Nothing to fix: the return is the file of the same name without ~$. Close workbooks in Excel before packing them.")),
        [ProblemKind.LinkedFolder] = (
            new("бұл — басқа қалтаға сілтеме, жүктеу сілтемелер бойынша өтпейді", "это ссылка на другую папку, по ссылкам загрузка не переходит", "a link to another folder, not followed"),
            new("Файлдарды сол қалтаның өзіне көшіріңіз.", "Скопируйте файлы в саму папку.", "Copy the files in.")),
        [ProblemKind.FileTooLarge] = (
            new("файл тым үлкен: {value} байт, шегі {expected} байт", "файл слишком большой: {value} байт, предел {expected} байт", "the file is too large: {value} bytes, the limit is {expected} bytes"),
            new("Суреттер мен бос жолдарды алып тастаңыз немесе есепті бөліп жіберіңіз.", "Удалите изображения и пустые строки или разделите отчёт.", "Remove pictures and empty rows, or split the return.")),
        [ProblemKind.ArchiveUnreadable] = (
            new("zip-мұрағат оқылмайды", "zip-архив не читается", "the zip archive cannot be read"),
            new("Мұрағатты қайта жасаңыз (zip, құпиясөзсіз).", "Создайте архив заново (zip, без пароля).", "Create the archive again (zip, no password).")),
        [ProblemKind.ArchiveUnsafePath] = (
            new("мұрағатта қауіпті жол бар: «{value}»", "в архиве небезопасный путь: «{value}»", "the archive holds an unsafe path: '{value}'"),
            new("Мұрағатқа тек файлдардың өзін салыңыз, абсолютті жолдарсыз және «..» белгісіз.", "Кладите в архив только сами файлы, без абсолютных путей и «..».", "Put only the files themselves in the archive, without absolute paths or '..'.")),
        [ProblemKind.ArchiveNested] = (
            new("мұрағат ішінде басқа мұрағат бар: «{value}»", "в архиве вложен другой архив: «{value}»", "the archive contains another archive: '{value}'"),
            new("Барлық .xlsx файлдарды бір мұрағатқа тікелей салыңыз.", "Положите все файлы .xlsx прямо в один архив.", "Put all .xlsx files directly into one archive.")),
        [ProblemKind.ArchiveTooLarge] = (
            new("ашылғанда мұрағат тым үлкен: {value} байт, шегі {expected} байт", "после распаковки архив слишком большой: {value} байт, предел {expected} байт", "unpacked, the archive is too large: {value} bytes, the limit is {expected} bytes"),
            new("Пакетті бірнеше мұрағатқа бөліңіз.", "Разделите пакет на несколько архивов.", "Split the package into several archives.")),
        [ProblemKind.ArchiveRatio] = (
            new("«{value}» күдікті дәрежеде қатты сығылған (шегі {expected} есе)", "«{value}» сжат подозрительно сильно (предел {expected} раз)", "'{value}' is compressed suspiciously far (limit {expected} times)"),
            new("Файлдың мазмұнын тексеріп, мұрағатты қайта жасаңыз.", "Проверьте содержимое файла и создайте архив заново.", "Check the file's content and create the archive again.")),
        [ProblemKind.ArchiveTooManyEntries] = (
            new("мұрағатта файл тым көп: {value}, шегі {expected}", "в архиве слишком много файлов: {value}, предел {expected}", "the archive holds too many files: {value}, the limit is {expected}"),
            new("Пакетті бірнеше мұрағатқа бөліңіз.", "Разделите пакет на несколько архивов.", "Split the package into several archives.")),
        [ProblemKind.ArchiveEmpty] = (
            new("мұрағатта бірде-бір .xlsx жұмыс кітабы жоқ", "в архиве нет ни одной книги .xlsx", "the archive holds no .xlsx workbook"),
            new("Аудандар мен облыстың есептерін (.xlsx) мұрағатқа салып, қайта жіберіңіз.", "Положите в архив отчёты районов и области (.xlsx) и отправьте снова.", "Put the returns of the districts and the region (.xlsx) into the archive and send it again.")),
        [ProblemKind.NotASubmissionFile] = (
            new("бұл файл есеп (.xlsx) те, облыстың пакеті (.zip) те емес", "файл не является ни отчётом (.xlsx), ни пакетом области (.zip)", "the file is neither a return (.xlsx) nor a region's package (.zip)"),
            new("Есепті үлгі бойынша .xlsx пішімінде, ал облыстың барлық есептерін бір .zip мұрағатында жіберіңіз.", "Отправьте отчёт по шаблону в формате .xlsx, а все отчёты области — одним архивом .zip.", "Send the return on the template as .xlsx, and all of a region's returns as one .zip archive.")),
        [ProblemKind.MissingSheet] = (
            new("«{expected}» парағы жоқ", "нет листа «{expected}»", "the sheet '{expected}' is missing"),
            new("Ағымдағы тоқсанның үлгісін алыңыз (vdw template) және парақтардың атын өзгертпеңіз.", "Возьмите шаблон текущего квартала (vdw template) и не переименовывайте листы.", "Take this quarter's template (vdw template) and do not rename its sheets.")),
        [ProblemKind.MissingField] = (
            new("«{expected}» өрісі жоқ", "нет поля «{expected}»", "the field '{expected}' is missing"),
            new("Үлгідегі өріс кодтарын (деректер парақтарының 1-жолы, submission парағының A бағаны) өзгертпеңіз; жаңа үлгіні алыңыз.",
                "Не меняйте коды полей шаблона (строка 1 листов с данными, столбец A листа submission); возьмите новый шаблон.",
                "Do not change the template's field codes (row 1 of the data sheets, column A of the submission sheet); take a fresh template.")),
        [ProblemKind.WrongFormat] = (
            new("пішім нұсқасы «{value}», күтілгені «{expected}»", "версия формата «{value}», ожидается «{expected}»", "the format version is '{value}', expected '{expected}'"),
            new("Ағымдағы үлгіні алыңыз (vdw template).", "Возьмите актуальный шаблон (vdw template).", "Take the current template (vdw template).")),
        [ProblemKind.UnknownUnit] = (
            new("«{value}» коды бар есеп беретін бірлік жоқ", "нет отчитывающейся единицы с кодом «{value}»", "there is no reporting unit with code '{value}'"),
            new("Ауданның немесе облыстың 9 таңбалы ӘАОЖ кодын жазыңыз.", "Укажите 9-значный код КАТО района или области.", "Write the 9-digit KATO code of the district or region.")),
        [ProblemKind.UnitNotValidInQuarter] = (
            new("{value} бірлігі {expected} тоқсанының соңында болмаған", "единица {value} не существовала на конец квартала {expected}", "unit {value} did not exist at the end of quarter {expected}"),
            new("Кодты және тоқсанды тексеріңіз: сол кезде бірлік басқа кодпен есеп берген болуы мүмкін.", "Проверьте код и квартал: в то время единица могла отчитываться под другим кодом.", "Check the code and the quarter: at that time the unit may have reported under another code.")),
        [ProblemKind.UnitNotYours] = (
            new("{value} бірлігінің есебін сіздің тіркелгіңізден жіберуге болмайды", "отчёт единицы {value} нельзя отправить с вашей учётной записи", "a return for unit {value} cannot be sent from your account"),
            new("Өз бірлігіңіздің есебін жіберіңіз; басқа бірліктің есебін сол бірліктің қызметкері жібереді.", "Отправьте отчёт своей единицы; отчёт другой единицы отправляет её сотрудник.", "Send your own unit's return; another unit's return is sent by its own officer.")),
        [ProblemKind.BadQuarter] = (
            new("жыл немесе тоқсан дұрыс емес: «{value}»", "неверный год или квартал: «{value}»", "the year or quarter is not valid: '{value}'"),
            new("Жылды төрт цифрмен ({expected}), тоқсанды 1-ден 4-ке дейінгі санмен жазыңыз.", "Укажите год четырьмя цифрами ({expected}), квартал числом от 1 до 4.", "Write the year with four digits ({expected}) and the quarter as a number from 1 to 4.")),
        [ProblemKind.FutureQuarter] = (
            new("{value} тоқсаны әлі аяқталмаған", "квартал {value} ещё не закончился", "quarter {value} has not ended yet"),
            new("Есепті тоқсан аяқталғаннан кейін жіберіңіз немесе жыл мен тоқсанды түзетіңіз.", "Отправьте отчёт после окончания квартала или исправьте год и квартал.", "Send the return after the quarter ends, or correct the year and quarter.")),
        [ProblemKind.Required] = (
            new("міндетті өріс толтырылмаған", "обязательное поле не заполнено", "a required field is empty"),
            new("Мәнді толтырыңыз.", "Заполните значение.", "Fill in the value.")),
        [ProblemKind.NotWholeNumber] = (
            new("бүтін сан емес: «{value}»", "не целое число: «{value}»", "not a whole number: '{value}'"),
            new("Бүтін санды бөлшексіз және әріпсіз жазыңыз (мыңдарды бос орынмен бөлуге болады: 1 234).", "Укажите целое число без дробей и букв (тысячи можно отделять пробелом: 1 234).", "Write a whole number, without fractions or letters (thousands may be separated by a space: 1 234).")),
        [ProblemKind.Negative] = (
            new("теріс сан: {value}", "отрицательное число: {value}", "a negative number: {value}"),
            new("Сан 0 немесе одан көп болуы керек; мәлімет жоқ болса, ұяшықты бос қалдырыңыз.", "Число должно быть 0 или больше; если данных нет, оставьте ячейку пустой.", "The number must be 0 or more; if there is no figure, leave the cell empty.")),
        [ProblemKind.NumberTooLarge] = (
            new("сан тым үлкен: {value}", "число слишком большое: {value}", "the number is too large: {value}"),
            new("Мәнді тексеріңіз: ең көбі {expected}.", "Проверьте значение: не более {expected}.", "Check the value: at most {expected}.")),
        [ProblemKind.FormulaNotCalculated] = (
            new("бұл ұяшықта ешқашан есептелмеген формула тұр", "в этой ячейке формула, которая ни разу не вычислялась", "this cell holds a formula that was never calculated"),
            new("Файлды Excel немесе LibreOffice-те ашып, қайта сақтаңыз немесе формуланың орнына санның өзін жазыңыз.", "Откройте и сохраните файл в Excel или LibreOffice либо введите вместо формулы само число.", "Open and save the file in Excel or LibreOffice, or type the number itself in place of the formula.")),
        [ProblemKind.LogicalValue] = (
            new("ұяшықта логикалық мән тұр: {value}", "в ячейке логическое значение {value}", "the cell holds the logical value {value}"),
            new("Мәннің өзін жазыңыз: санды, күнді, кодты немесе мәтінді. Ұяшыққа терілген TRUE немесе ИСТИНА сөзін Excel логикалық мәнге айналдырады; бұл мәтін болса, оны апострофтан бастаңыз: 'TRUE.",
                "Введите само значение: число, дату, код или текст. Набранные в ячейке TRUE или ИСТИНА Excel превращает в логическое значение; если это текст, начните его с апострофа: 'ИСТИНА.",
                "Type the value itself: a number, a date, a code or text. Excel turns TRUE or FALSE typed into a cell into a logical value; if it is text, start it with an apostrophe: 'TRUE.")),
        [ProblemKind.ExternalLink] = (
            new("ұяшықтың мәні басқа жұмыс кітабынан алынады (сыртқы сілтеме), ал есептің сандары өзінде болуы керек",
                "значение ячейки берётся из другой книги (внешняя ссылка), а отчёт должен содержать собственные числа",
                "the cell takes its value from another workbook (an external link): a return carries its own numbers"),
            new("Сілтемені санмен ауыстырыңыз: ұяшықты көшіріп, сол орынға тек мәнін қойыңыз (Арнайы қою › Мәндер).",
                "Замените ссылку числом: скопируйте ячейку и вставьте на то же место только значение (Специальная вставка › Значения).",
                "Replace the link with the number: copy the cell and paste it back as a value only (Paste Special › Values).")),
        [ProblemKind.UnknownFieldCode] = (
            new("«{value}» — бұл парақтың өріс коды емес", "«{value}» не является кодом поля этого листа", "'{value}' is not a field code of this sheet"),
            new("1-жолға осы парақтың кодтарының бірін жазыңыз: {expected}; ешбір өріске жатпайтын бағанның 1-жолын бос қалдырыңыз.",
                "Укажите в строке 1 один из кодов этого листа: {expected}; над столбцом, который не относится ни к одному полю, оставьте строку 1 пустой.",
                "In row 1 write one of this sheet's codes: {expected}; leave row 1 empty above a column that holds no field.")),
        [ProblemKind.MisspeltFieldCode] = (
            new("«{value}» — бұл парақтың өріс коды емес", "«{value}» не является кодом поля этого листа", "'{value}' is not a field code of this sheet"),
            new("Мүмкін, «{expected}» деп жазбақ болдыңыз ба? 1-жолдағы кодты үлгідегідей «{expected}» деп түзетіңіз.",
                "Возможно, имелось в виду «{expected}»? Исправьте код в строке 1 на «{expected}», как в шаблоне.",
                "Did you mean '{expected}'? Correct the code in row 1 to '{expected}', as in the template.")),
        [ProblemKind.DuplicateFieldCode] = (
            new("«{value}» өріс коды {expected} ұяшығында бұрыннан бар", "код поля «{value}» уже есть в ячейке {expected}", "the field code '{value}' is already in cell {expected}"),
            new("Әр өріс бір рет көрсетіледі: қайталанған бағанды (немесе жолды) жойыңыз немесе оның кодын түзетіңіз.",
                "Каждое поле указывается один раз: удалите повторный столбец (или строку) либо исправьте его код.",
                "Give each field once: delete the repeated column (or row) or correct its code.")),
        [ProblemKind.BadDate] = (
            new("күн дұрыс емес: «{value}»", "неверная дата: «{value}»", "not a valid date: '{value}'"),
            new("Күнді кесте күні ретінде немесе 2026-07-03 не 03.07.2026 түрінде жазыңыз ({expected}).", "Укажите дату как дату таблицы или в виде 2026-07-03 либо 03.07.2026 ({expected}).", "Write the date as a spreadsheet date or as 2026-07-03 or 03.07.2026 ({expected}).")),
        [ProblemKind.UnknownCode] = (
            new("белгісіз код: «{value}»", "неизвестный код: «{value}»", "unknown code: '{value}'"),
            new("Тізімнен таңдаңыз: {expected}.", "Выберите из списка: {expected}.", "Choose from the list: {expected}.")),
        [ProblemKind.DuplicateRow] = (
            new("бұл жол {value}-жолды қайталайды", "эта строка повторяет строку {value}", "this row repeats row {value}"),
            new("Қайталанған жолды жойыңыз немесе сандарды бір жолға біріктіріңіз.", "Удалите повторную строку или объедините данные в одну строку.", "Delete the repeated row or merge the figures into one row.")),
        [ProblemKind.EndBeforeStart] = (
            new("аяқталу күні {value} басталу күнінен {expected} бұрын", "дата окончания {value} раньше даты начала {expected}", "the end date {value} is before the start date {expected}"),
            new("Күндерді тексеріңіз.", "Проверьте даты.", "Check the dates.")),
        [ProblemKind.NewAboveSubjects] = (
            new("жаңа субъектілер ({value}) барлық субъектілерден ({expected}) көп", "новых субъектов ({value}) больше, чем всего субъектов ({expected})", "new subjects ({value}) exceed all subjects ({expected})"),
            new("Жаңалары жалпы санның бір бөлігі: оны жалпы саннан аспайтындай түзетіңіз.", "Новые входят в общее число: исправьте, чтобы их было не больше общего.", "New subjects are part of the total: correct them so they do not exceed it.")),
        [ProblemKind.TextTooLong] = (
            new("мәтін тым ұзын: {value} таңба, шегі {expected}", "текст слишком длинный: {value} знаков, предел {expected}", "the text is too long: {value} characters, the limit is {expected}"),
            new("Мәтінді қысқартыңыз немесе бірнеше жолға бөліңіз.", "Сократите текст или разделите его на несколько строк.", "Shorten the text or split it over several rows.")),
        [ProblemKind.ConsolidatedFromDistrict] = (
            new("«consolidated» парағын тек облыстар толтырады", "лист «consolidated» заполняют только области", "only regions fill in the 'consolidated' sheet"),
            new("Аудан есебінде бұл парақты бос қалдырыңыз.", "В отчёте района оставьте этот лист пустым.", "Leave this sheet empty in a district's return.")),
        [ProblemKind.ConsolidatedMissing] = (
            new("облыс есебінде «consolidated» парағы жоқ", "в отчёте области нет листа «consolidated»", "the region's return has no 'consolidated' sheet"),
            new("Облыстың үлгісін алыңыз (vdw template) және бүкіл аумақ бойынша жиынтықты толтырыңыз.", "Возьмите шаблон области (vdw template) и заполните свод по всей территории.", "Take the region's template (vdw template) and fill in the totals for the whole territory.")),
        [ProblemKind.ProposalAreaRequired] = (
            new("ұсыныстың бағыты көрсетілмеген", "не указано направление предложения", "the proposal has no area"),
            new("Бағытты таңдаңыз: {expected}.", "Выберите направление: {expected}.", "Choose the area: {expected}.")),
        [ProblemKind.ProposalAreaNotAllowed] = (
            new("бағыт тек ұсыныстарға көрсетіледі", "направление указывается только для предложений", "an area is given only for proposals"),
            new("Бұл ұяшықты бос қалдырыңыз немесе түрін «proposal» деп өзгертіңіз.", "Оставьте ячейку пустой или измените вид на «proposal».", "Leave the cell empty or change the kind to 'proposal'.")),
        [ProblemKind.SubmittedBeforeQuarterEnd] = (
            new("жіберілген күні {value} тоқсан аяқталғанға дейін", "дата отправки {value} раньше окончания квартала", "the date sent {value} is before the quarter ended"),
            new("Есеп нақты жіберілген күнді жазыңыз ({expected} немесе одан кейін).", "Укажите фактическую дату отправки ({expected} или позже).", "Write the date the return was actually sent ({expected} or later).")),
        [ProblemKind.SubmittedInFuture] = (
            new("жіберілген күні {value} есеп алынған күннен {expected} кейін", "дата отправки {value} позже даты получения {expected}", "the date sent {value} is after the date received {expected}"),
            new("Есеп нақты жіберілген күнді жазыңыз.", "Укажите фактическую дату отправки.", "Write the date the return was actually sent.")),
        [ProblemKind.ReturnLocked] = (
            new("министрлік облыстың {expected} тоқсанын қабылдады: {value} бірлігінің есебі бұғатталған", "министерство приняло квартал {expected} области: отчёт единицы {value} заблокирован", "the ministry has accepted the region's quarter {expected}: the return of unit {value} is locked"),
            new("Өзгерту үшін министрліктен есепті қайта ашуды немесе тоқсанды бұғаттан шығаруды сұраңыз.", "Чтобы изменить его, попросите министерство открыть отчёт повторно или разблокировать квартал.", "To change it, ask the ministry to reopen the return or unlock the quarter.")),
        [ProblemKind.ReturnWithMinistry] = (
            new("облыстың {expected} тоқсанындағы пакеті министрліктің қарауында: {value} есебін қазір өзгертуге болмайды", "пакет области за квартал {expected} на рассмотрении министерства: отчёт {value} сейчас нельзя изменить", "the region's package for quarter {expected} is with the ministry: return {value} cannot change now"),
            new("Министрліктің жауабын күтіңіз; пакет қайтарылса, түзетілген есепті жіберіңіз.", "Дождитесь ответа министерства; если пакет вернут, отправьте исправленный отчёт.", "Wait for the ministry's answer; if the package is returned, send the corrected return.")),
    };

    private static readonly Label Found = new("Табылғаны", "Найдено", "Found");

    /// <summary>One line naming the file, sheet, cell and field, what is wrong, the value found and the fix.</summary>
    public static string Describe(string file, Problem problem, Language language)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var place = file;
        if (problem.Sheet is not null)
        {
            place += $" › {problem.Sheet}";
            place += problem.Cell is null ? string.Empty : $"!{problem.Cell}";
        }

        if (problem.Field is not null)
        {
            place += $" [{FieldName(problem.Sheet, problem.Field, language)}]";
        }

        return $"{place}: {Explain(problem, language)}";
    }

    /// <summary>What is wrong, the value found and the fix, without the place: for a note on the cell itself.</summary>
    public static string Explain(Problem problem, Language language)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var (what, fix) = Catalogue[problem.Kind];
        var found = problem.Value is not null && !what.In(language).Contains("{value}", StringComparison.Ordinal)
            ? $" {Found.In(language)}: «{problem.Value}»."
            : string.Empty;
        return $"{Fill(what.In(language), problem)}.{found} {Fill(fix.In(language), problem)}";
    }

    /// <summary>Parses <c>kk</c>, <c>ru</c> or <c>en</c>.</summary>
    public static Language ParseLanguage(string text) => text.Trim().ToUpperInvariant() switch
    {
        "KK" => Language.Kk,
        "RU" => Language.Ru,
        "EN" => Language.En,
        _ => throw new FormatException($"Unknown language '{text}': use kk, ru or en."),
    };

    private static string FieldName(string? sheet, string field, Language language)
    {
        var spec = new[] { SubmissionLayout.Header }.Concat(SubmissionLayout.DataSheets)
            .Where(s => sheet is null || s.Name == sheet)
            .SelectMany(s => s.Fields)
            .FirstOrDefault(f => f.Code == field);
        return spec is null ? field : $"{field} «{spec.Label.In(language)}»";
    }

    private static string Fill(string text, Problem problem) => text
        .Replace("{value}", problem.Value ?? string.Empty, StringComparison.Ordinal)
        .Replace("{expected}", problem.Expected ?? string.Empty, StringComparison.Ordinal);
}
