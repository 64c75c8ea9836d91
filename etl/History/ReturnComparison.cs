using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Workbooks;

namespace VolunteerDW.Etl.History;

/// <summary>
/// Compares two versions of a return cell by cell, as the workbook lays them out
/// (<see cref="SubmissionSheets"/>): the <c>submission</c> sheet field by field; on each data sheet,
/// rows paired across the versions, then their cells. Texts are compared exactly, character for
/// character; an empty cell differs from a 0.
/// </summary>
public static class ReturnComparison
{
    // The cells that tell a row apart from the others of its sheet: a row of the newer version is
    // the same row as one of the older that has them alike, even if it moved.
    private static readonly Dictionary<string, string[]> RowIdentity = new(StringComparer.Ordinal)
    {
        [SubmissionLayout.Subjects.Name] = ["subject_type", "activity_type"],
        [SubmissionLayout.Consolidated.Name] = ["subject_type", "activity_type"],
        [SubmissionLayout.Programmes.Name] = ["programme_kind", "title"],
        [SubmissionLayout.Practices.Name] = ["practice_kind", "title"],
    };

    public static ReturnDifferences Compare(Submission older, Submission newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var sheets = new List<SheetDifference>();
        if (CompareHeader(older.Header, newer.Header) is { } header)
        {
            sheets.Add(new SheetDifference(SubmissionLayout.Header, [header]));
        }

        foreach (var sheet in SubmissionLayout.DataSheets)
        {
            var rows = CompareRows(sheet, Rows(older, sheet), Rows(newer, sheet));
            if (rows.Count > 0)
            {
                sheets.Add(new SheetDifference(sheet, rows));
            }
        }

        return new ReturnDifferences(sheets);
    }

    private static List<SheetRow> Rows(Submission submission, SheetSpec sheet) =>
        [.. SubmissionSheets.DataRows(submission, sheet).Select(r => new SheetRow(r.SourceRow, r.Cells))];

    private static RowDifference? CompareHeader(SubmissionHeader older, SubmissionHeader newer)
    {
        var (was, now) = (SubmissionSheets.HeaderValues(older, unitName: null), SubmissionSheets.HeaderValues(newer, unitName: null));
        var cells = SubmissionLayout.Header.Fields
            .Where(f => !Equals(was[f.Code], now[f.Code]))
            .Select(f => new CellDifference(f, was[f.Code], now[f.Code]))
            .ToList();
        return cells.Count == 0 ? null : new RowDifference(RowChange.Changed, null, null, [], cells);
    }

    private static List<RowDifference> CompareRows(SheetSpec sheet, List<SheetRow> older, List<SheetRow> newer)
    {
        var identity = RowIdentity[sheet.Name].Select(code => sheet.Fields.ToList().FindIndex(f => f.Code == code)).ToArray();
        var pairs = RowPairing.Pair(older, newer, row => string.Join('\u001f', identity.Select(i => Convert.ToString(row.Cells[i], CultureInfo.InvariantCulture))));
        var differences = new List<RowDifference>();
        foreach (var (was, now) in pairs)
        {
            var named = now ?? was!;
            var name = identity.Select(i => new CellValue(sheet.Fields[i], named.Cells[i])).ToList();
            if (was is null || now is null)
            {
                var cells = sheet.Fields.Select((f, i) => (Field: f, Value: named.Cells[i])).Where(c => c.Value is not null)
                    .Select(c => was is null ? new CellDifference(c.Field, null, c.Value) : new CellDifference(c.Field, c.Value, null));
                differences.Add(new RowDifference(was is null ? RowChange.Added : RowChange.Removed, was?.SourceRow, now?.SourceRow, name, [.. cells]));
                continue;
            }

            var changed = sheet.Fields.Select((f, i) => new CellDifference(f, was.Cells[i], now.Cells[i])).Where(c => !Equals(c.Old, c.New)).ToList();
            if (changed.Count > 0)
            {
                differences.Add(new RowDifference(RowChange.Changed, was.SourceRow, now.SourceRow, name, changed));
            }
        }

        return differences;
    }
}
