using ClosedXML.Excel;
using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// The quarterly return workbook (format <c>vdw-submission/1</c>) a unit's officer fills in Excel
/// or LibreOffice: instructions in Kazakh and Russian, the <c>submission</c> sheet with the unit and
/// quarter filled in, the data sheets with drop-downs and checks (the <c>subjects</c> grid
/// pre-filled with every subject type × activity type), and the hidden <c>lists</c> of codes.
/// Every sheet prints readably on A4 (<see cref="PrintLayout"/>). Nothing here measures text:
/// ClosedXML does that through System.Drawing, which needs a native library Linux servers lack.
/// </summary>
public static class BlankReturnWorkbook
{
    /// <summary>
    /// Builds the template for a unit's version valid at the end of the quarter. Regions (tier 2)
    /// also get the <c>consolidated</c> sheet, its counts filled from <paramref name="consolidated"/>
    /// where it has them (<see cref="ReturnTemplate"/> gives it from the warehouse) and blank
    /// elsewhere. The caller owns (disposes) the workbook.
    /// </summary>
    public static XLWorkbook Create(UnitVersionRow unit, Quarter quarter, IReadOnlyList<ClassifierRow> subjectTypes, IReadOnlyList<ClassifierRow> activityTypes,
        IReadOnlyList<SubjectCount>? consolidated = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(subjectTypes);
        ArgumentNullException.ThrowIfNull(activityTypes);
        var isRegion = IsRegion(unit);
        var sheets = SubmissionLayout.DataSheets.Where(sheet => isRegion || !sheet.RegionsOnly).ToList();
        var workbook = new XLWorkbook();
        try
        {
            // Sheets are added in workbook order; the lists go last but are written first, since
            // every drop-down refers to them.
            var instructions = workbook.AddWorksheet(ReturnInstructions.SheetName);
            var header = workbook.AddWorksheet(SubmissionLayout.Header.Name);
            var dataSheets = sheets.Select(sheet => workbook.AddWorksheet(sheet.Name)).ToList();
            var lists = ReturnCodeLists.Write(workbook.AddWorksheet(ReturnCodeLists.SheetName), subjectTypes, activityTypes);

            // Every printed page says whose return and which quarter it is.
            var footer = $"{unit.KatoCode} {unit.NameRu} · {quarter}";
            ReturnInstructions.Write(instructions, unit, quarter, isRegion, footer);
            ReturnHeaderSheet.Write(header, unit, quarter, lists, footer);
            for (var i = 0; i < sheets.Count; i++)
            {
                ReturnDataSheet.Write(dataSheets[i], sheets[i], PrefilledRows(sheets[i], lists, subjectTypes, activityTypes, consolidated ?? []), lists, footer);
            }

            return workbook;
        }
        catch
        {
            workbook.Dispose();
            throw;
        }
    }

    // Regions, the cities of republican significance and the capital report to the ministry (tier 2).
    private static bool IsRegion(UnitVersionRow unit) => unit.ReportingTier == 2;

    // The subject sheets get one row per subject type × activity type, codes filled and counts
    // blank ("not reported"), so that the officer only types numbers; a region's consolidated sheet
    // has the counts it starts from filled in, to confirm or correct.
    private static IEnumerable<IReadOnlyList<object?>> PrefilledRows(SheetSpec sheet, ReturnCodeLists lists,
        IReadOnlyList<ClassifierRow> subjectTypes, IReadOnlyList<ClassifierRow> activityTypes, IReadOnlyList<SubjectCount> consolidated)
    {
        if (sheet != SubmissionLayout.Subjects && sheet != SubmissionLayout.Consolidated)
        {
            return [];
        }

        var counts = sheet == SubmissionLayout.Consolidated
            ? consolidated.ToDictionary(row => (row.SubjectType, row.ActivityType))
            : [];
        // The lists' options are the classifiers' rows in the same order, each as "code — labels".
        return subjectTypes.Zip(lists.Options(SubmissionLayout.SubjectTypes))
            .SelectMany(_ => activityTypes.Zip(lists.Options(SubmissionLayout.ActivityTypes)), (subject, activity) =>
                counts.GetValueOrDefault((subject.First.Code, activity.First.Code)) is { } row
                    ? (IReadOnlyList<object?>)[subject.Second, activity.Second, row.Subjects, row.People, row.NewSubjects]
                    : [subject.Second, activity.Second]);
    }
}
