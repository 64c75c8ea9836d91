using ClosedXML.Excel;
using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// How the template presents one field: its column width and number format, and the data
/// validation Excel and LibreOffice apply while the officer types, with the error in kk and ru.
/// </summary>
internal static class FieldRules
{
    private const string ErrorTitle = "Қате мән / Неверное значение";

    /// <summary>
    /// The column width, in characters; set explicitly because measuring text needs System.Drawing.
    /// Codes and text wrap rather than widen, so that the widest sheet (<c>programmes</c>) fits one
    /// landscape A4 page across with its text still about 8 points on paper.
    /// </summary>
    public static double Width(FieldSpec field) => field.Kind switch
    {
        FieldKind.Code => 22,
        FieldKind.Text => field.MaxLength > SubmissionLayout.TitleLength ? 60 : 28,
        FieldKind.Money => 16,
        FieldKind.Count or FieldKind.Date => 14,
        _ => 10,
    };

    /// <summary>
    /// The number format of the field's cells: text for codes and text, so that a phone number or
    /// a title made of digits stays as typed; ISO dates; whole numbers.
    /// </summary>
    public static string NumberFormat(FieldKind kind) => kind switch
    {
        FieldKind.Code or FieldKind.Text => "@",
        FieldKind.Date => "yyyy-mm-dd",
        FieldKind.Money => "#,##0",
        _ => "0",
    };

    /// <summary>Adds the field's data validation to a range of cells.</summary>
    public static void Validate(IXLRange cells, FieldSpec field, ReturnCodeLists lists)
    {
        var validation = cells.SetDataValidation();
        var (kk, ru) = Apply(validation, field, lists);
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = ErrorTitle;
        validation.ErrorMessage = $"{kk}\n{ru}";
    }

    private static (string Kk, string Ru) Apply(IXLDataValidation validation, FieldSpec field, ReturnCodeLists lists)
    {
        switch (field.Kind)
        {
            case FieldKind.Code:
                validation.List(lists.Range(field.CodeList!), true);
                return ("Мәнді тізімнен таңдаңыз.", "Выберите значение из списка.");
            case FieldKind.Date:
                validation.Date.Between(CalendarDays.First.ToDateTime(TimeOnly.MinValue), CalendarDays.Last.ToDateTime(TimeOnly.MinValue));
                return ("Күнді енгізіңіз, мысалы 2026-07-15 немесе 15.07.2026.", "Введите дату, например 2026-07-15 или 15.07.2026.");
            case FieldKind.Text:
                validation.TextLength.EqualOrLessThan(field.MaxLength);
                return ($"Мәтін {field.MaxLength} таңбадан аспауы керек.", $"Текст не длиннее {field.MaxLength} символов.");
            default:
                validation.WholeNumber.EqualOrGreaterThan(0);
                return ("0 немесе одан үлкен бүтін сан енгізіңіз.", "Введите целое число: 0 или больше.");
        }
    }
}
