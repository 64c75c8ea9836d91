using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Builds a valid quarterly return and writes it as a real workbook; individual cells can then be
/// overwritten with anything, to make the bad input a test needs.
/// </summary>
public sealed class ReturnBuilder
{
    private readonly Dictionary<(string Sheet, string Cell), object?> _overrides = [];

    public ReturnBuilder(string unitKato = "101000000", string quarter = "2026Q2", bool isRegion = false)
    {
        var q = Quarter.Parse(quarter);
        IsRegion = isRegion;
        Header = new SubmissionHeader(SubmissionLayout.Format, unitKato, q, q.LastDay.AddDays(3), "Әсел Нұрланқызы", "бас маман", "+7 722 256 00 00", "volunteer@semey.gov.kz");
        Subjects =
        [
            new SubjectCount(3, "volunteer", "social_assistance", 120, 120, 15),
            new SubjectCount(4, "volunteer", "environment", 80, 80, 0),
            new SubjectCount(5, "volunteer_group", "social_assistance", 4, 35, null),
            new SubjectCount(6, "volunteer_organization", "search", 0, 0, 0),
        ];
        Programmes =
        [
            new Programme(3, "action", "«Таза қала» сенбілігі", "environment", q.LastDay.AddDays(-20), q.LastDay.AddDays(-20), null, 45, 300, 180, null),
            new Programme(4, "project", "Қарттарға көмек", "social_services", q.FirstDay, q.LastDay, "Аудан әкімдігі", 12, 60, 400, 250000),
        ];
        Practices =
        [
            new Practice(3, "positive_experience", null, "social_assistance", "Мектеп еріктілері", "Оқушылар жалғыз қарттарға апта сайын көмектеседі."),
            new Practice(4, "problem", null, null, "Көлік жоқ", "Ауылдарға бару үшін көлік жетіспейді."),
            new Practice(5, "proposal", "civic_initiatives", null, "Гранттар", "Жергілікті бастамаларға шағын гранттар беру."),
        ];
        Consolidated = isRegion ? [.. Subjects] : [];
    }

    public bool IsRegion { get; }

    public SubmissionHeader Header { get; set; }

    public List<SubjectCount> Subjects { get; set; }

    public List<Programme> Programmes { get; set; }

    public List<Practice> Practices { get; set; }

    public List<SubjectCount> Consolidated { get; set; }

    public Submission Submission => new(Header, Subjects, Programmes, Practices, Consolidated);

    /// <summary>What a region's consolidated sheet holds when it adds up: the returns' counts summed per subject and activity type.</summary>
    public static List<SubjectCount> ConsolidationOf(IEnumerable<ReturnBuilder> returns) =>
        [.. returns.SelectMany(r => r.Subjects)
            .GroupBy(s => (s.SubjectType, s.ActivityType))
            .Select((g, i) => new SubjectCount(3 + i, g.Key.SubjectType, g.Key.ActivityType, g.Sum(s => s.Subjects), g.Sum(s => s.People),
                g.All(s => s.NewSubjects is null) ? null : g.Sum(s => s.NewSubjects ?? 0)))];

    /// <summary>Overwrites a cell of the written workbook (null empties it).</summary>
    public ReturnBuilder Cell(string sheet, string cell, object? value)
    {
        _overrides[(sheet, cell)] = value;
        return this;
    }

    /// <summary>Dates the return as sent on <paramref name="day"/> (its header's submitted-on).</summary>
    public ReturnBuilder SentOn(DateOnly day)
    {
        Header = Header with { SubmittedOn = day };
        return this;
    }

    /// <summary>Writes the workbook into a folder and returns its path.</summary>
    public string WriteTo(string folder, string? fileName = null)
    {
        var path = Path.Combine(folder, fileName ?? $"{Header.UnitKato}_{Header.Quarter}.xlsx");
        XlsxWriter.Write(path, Sheets());
        return path;
    }

    /// <summary>The sheets to write; a cell set on a sheet the return lacks adds that sheet.</summary>
    public IReadOnlyList<XlsxSheet> Sheets()
    {
        var sheets = SubmissionSheets.For(Submission, IsRegion);
        var extra = _overrides.Keys.Select(k => k.Sheet).Distinct().Where(name => sheets.All(s => s.Name != name));
        return [.. sheets.Concat(extra.Select(name => new XlsxSheet(name, [])))
            .Select(sheet => sheet with { Rows = Apply(sheet.Name, sheet.Rows) })];
    }

    private List<IReadOnlyList<object?>> Apply(string sheet, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var grid = rows.Select(r => r.ToList()).ToList();
        foreach (var ((name, cell), value) in _overrides.Where(o => o.Key.Sheet == sheet))
        {
            var column = XlsxReader.ColumnIndex(cell);
            var row = int.Parse(cell[XlsxWriter.ColumnName(column).Length..], System.Globalization.CultureInfo.InvariantCulture) - 1;
            while (grid.Count <= row)
            {
                grid.Add([]);
            }

            while (grid[row].Count <= column)
            {
                grid[row].Add(null);
            }

            grid[row][column] = value;
        }

        return [.. grid.Select(r => (IReadOnlyList<object?>)r)];
    }
}
