using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Etl.Workbooks;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Validation;

/// <summary>Reads the key/value <c>submission</c> sheet and checks who reports, for which quarter, and when.</summary>
internal static class HeaderParser
{
    private const int CodeColumn = 0;
    private const int ValueColumn = 2;
    private const string CountryKato = "000000000";

    public static (SubmissionHeader? Header, UnitVersionRow? Unit) Parse(RawSheet? sheet, ParseContext context, List<Problem> problems)
    {
        var spec = SubmissionLayout.Header;
        if (sheet is null)
        {
            problems.Add(new Problem(ProblemKind.MissingSheet, Expected: spec.Name));
            return (null, null);
        }

        var rows = FieldRows(sheet, spec, problems);
        if (rows is null)
        {
            return (null, null);
        }

        var fields = new FieldReader(spec, field => rows[field][ValueColumn],
            field => XlsxWriter.CellReference(ValueColumn, (uint)rows[field].Number), context.Codes, problems);
        var before = problems.Count;
        var format = fields.Text("format");
        if (format is not null && format != SubmissionLayout.Format)
        {
            fields.Report(ProblemKind.WrongFormat, "format", format, SubmissionLayout.Format);
            return (null, null);
        }

        var kato = UnitCode(fields, context);
        var quarter = Quarter(fields, context, kato);
        var unit = kato is not null && quarter is { } end ? context.Dimensions.UnitAt(kato, DateKeys.Of(end.LastDay)) : null;
        var submittedOn = fields.Date("submitted_on");
        if (quarter is { } q && submittedOn is { } sent)
        {
            CheckSentDate(fields, q, sent, context.ReceivedOn);
        }

        var header = new SubmissionHeader(format!, kato!, quarter.GetValueOrDefault(), submittedOn.GetValueOrDefault(),
            fields.Text("prepared_by"), fields.Text("position"), fields.Text("phone"), fields.Text("email"));
        _ = fields.Text("unit_name"); // informational, but still held to its length limit
        return problems.Count == before ? (header, unit) : (null, null);
    }

    /// <summary>
    /// The row of every field by its code in column A, or null when a field has no row or two
    /// (then reported). Other text in column A (a note, a heading) is no field, and is left alone.
    /// </summary>
    private static Dictionary<string, RawRow>? FieldRows(RawSheet sheet, SheetSpec spec, List<Problem> problems)
    {
        var before = problems.Count;
        var rows = new Dictionary<string, RawRow>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            if (CellParsing.Text(row[CodeColumn]) is not { } text)
            {
                continue;
            }

            var code = text.ToLowerInvariant();
            if (!rows.TryAdd(code, row) && spec.HasField(code))
            {
                problems.Add(FieldColumns.Duplicate(spec, row[CodeColumn]!, code, text, XlsxWriter.CellReference(CodeColumn, (uint)rows[code].Number)));
            }
        }

        problems.AddRange(spec.Fields.Where(f => !rows.ContainsKey(f.Code)).Select(f => FieldColumns.Missing(spec, f.Code, null)));
        return problems.Count == before ? rows : null;
    }

    private static string? UnitCode(FieldReader fields, ParseContext context)
    {
        var kato = fields.Text("unit_kato");
        if (kato is not null && (!context.Dimensions.IsKnownUnit(kato) || kato == CountryKato))
        {
            fields.Report(ProblemKind.UnknownUnit, "unit_kato", kato);
            return null;
        }

        return kato;
    }

    private static Quarter? Quarter(FieldReader fields, ParseContext context, string? kato)
    {
        var year = fields.Number("year");
        var number = fields.Number("quarter");
        if (year is null || number is null)
        {
            return null;
        }

        if (number is < 1 or > 4 || year > 9999 || !new Quarter((int)year, (int)number).InCalendar)
        {
            fields.Report(ProblemKind.BadQuarter, number is < 1 or > 4 ? "quarter" : "year", $"{year} / {number}",
                $"{Warehouse.Periods.Quarter.First.Year}–{Warehouse.Periods.Quarter.Last.Year}");
            return null;
        }

        var quarter = new Quarter((int)year, (int)number);
        if (quarter.LastDay >= context.ReceivedOn)
        {
            fields.Report(ProblemKind.FutureQuarter, "quarter", quarter.ToString());
            return null;
        }

        if (kato is null)
        {
            return quarter;
        }

        if (context.Dimensions.UnitAt(kato, DateKeys.Of(quarter.LastDay)) is not { } unit)
        {
            fields.Report(ProblemKind.UnitNotValidInQuarter, "unit_kato", kato, quarter.ToString());
            return null;
        }

        if (context.MaySend is { } maySend && !maySend(unit))
        {
            fields.Report(ProblemKind.UnitNotYours, "unit_kato", kato);
            return null;
        }

        return quarter;
    }

    private static void CheckSentDate(FieldReader fields, Quarter quarter, DateOnly sent, DateOnly receivedOn)
    {
        if (sent < quarter.LastDay)
        {
            fields.Report(ProblemKind.SubmittedBeforeQuarterEnd, "submitted_on", Iso(sent), Iso(quarter.LastDay));
        }
        else if (sent > receivedOn)
        {
            fields.Report(ProblemKind.SubmittedInFuture, "submitted_on", Iso(sent), Iso(receivedOn));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
