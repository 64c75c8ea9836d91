using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Reports.Languages;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>
/// A cell of a return as a reader reads it in their language: numbers and dates as the language
/// writes them, an empty cell as a dash, a code with the name the template's drop-down gives it
/// (the warehouse's classifiers, and the format's fixed lists), text exactly as sent.
/// </summary>
public sealed class CellText
{
    private readonly Dictionary<(string List, string Code), Label> _codeNames;

    private CellText(Dictionary<(string List, string Code), Label> codeNames) => _codeNames = codeNames;

    public static CellText For(DimensionSnapshot dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        IEnumerable<(string List, string Code, Label Name)> names =
        [
            .. dimensions.SubjectTypes.Select(c => (SubmissionLayout.SubjectTypes, c.Code, new Label(c.NameKk, c.NameRu, c.NameEn))),
            .. dimensions.ActivityTypes.Select(c => (SubmissionLayout.ActivityTypes, c.Code, new Label(c.NameKk, c.NameRu, c.NameEn))),
            .. SubmissionLayout.FixedCodeLists.SelectMany(list => list.Value.Select(o => (list.Key, o.Code, o.Label))),
        ];
        return new CellText(names.ToDictionary(n => (n.List, n.Code), n => n.Name));
    }

    public string Of(FieldSpec field, object? value, Language language)
    {
        ArgumentNullException.ThrowIfNull(field);
        return value switch
        {
            null => NumberText.NotReported,
            long number => NumberText.WithDecimals(number, 0, language),
            int number => number.ToString(CultureInfo.InvariantCulture),
            DateOnly date => DateText.Date(date, language),
            string code when field.CodeList is { } list && _codeNames.TryGetValue((list, code), out var name) =>
                $"{code}{SubmissionLayout.CodeLabelSeparator}{name.In(language)}",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
