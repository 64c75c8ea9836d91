using ClosedXML.Excel;
using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// The options of every code list, written to the hidden <c>lists</c> sheet that the drop-downs
/// read: one column per list, its code in row 1 and its options below, each as
/// <c>code — label_kk / label_ru</c> so that the officer sees what a code means and the reader
/// still finds the code before the separator.
/// </summary>
internal sealed class ReturnCodeLists
{
    public const string SheetName = "lists";

    private readonly Dictionary<string, (IReadOnlyList<string> Options, IXLRange Range)> _lists = new(StringComparer.Ordinal);

    private ReturnCodeLists()
    {
    }

    /// <summary>Writes the lists to their sheet, hides and protects it.</summary>
    public static ReturnCodeLists Write(IXLWorksheet sheet, IReadOnlyList<ClassifierRow> subjectTypes, IReadOnlyList<ClassifierRow> activityTypes)
    {
        IEnumerable<(string Name, IReadOnlyList<string> Options)> lists =
        [
            (SubmissionLayout.SubjectTypes, Classifier(subjectTypes)),
            (SubmissionLayout.ActivityTypes, Classifier(activityTypes)),
            .. SubmissionLayout.FixedCodeLists.Select(list =>
                (list.Key, (IReadOnlyList<string>)[.. list.Value.Select(o => Option(o.Code, o.Label.Kk, o.Label.Ru))])),
        ];
        var codeLists = new ReturnCodeLists();
        var column = 1;
        foreach (var (name, options) in lists)
        {
            if (options.Count == 0)
            {
                throw new ArgumentException($"The code list {name} is empty: a drop-down needs at least one option.");
            }

            sheet.Cell(1, column).SetValue(name);
            for (var i = 0; i < options.Count; i++)
            {
                sheet.Cell(i + 2, column).SetValue(options[i]);
            }

            sheet.Column(column).Width = 60;
            codeLists._lists[name] = (options, sheet.Range(2, column, options.Count + 1, column));
            column++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Visibility = XLWorksheetVisibility.Hidden;
        sheet.Protect();
        return codeLists;
    }

    /// <summary>The options of a list, in order.</summary>
    public IReadOnlyList<string> Options(string list) => _lists[list].Options;

    /// <summary>The cells holding a list's options, for a drop-down to reference.</summary>
    public IXLRange Range(string list) => _lists[list].Range;

    private static string[] Classifier(IReadOnlyList<ClassifierRow> rows) =>
        [.. rows.Select(row => Option(row.Code, row.NameKk, row.NameRu))];

    private static string Option(string code, string kk, string ru) => $"{code}{SubmissionLayout.CodeLabelSeparator}{kk} / {ru}";
}
