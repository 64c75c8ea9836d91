using System.Text;

namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>A reader for UTF-8 CSV with a header row and RFC 4180 quoting.</summary>
internal static class Csv
{
    /// <summary>Reads every record as a map from header name to value (blank fields are null).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string?>> Read(string text)
    {
        var records = Records(text).Records.Select(record => record.Fields).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        return records.Skip(1)
            .Select(fields => (IReadOnlyDictionary<string, string?>)header
                .Select((name, i) => (name, value: i < fields.Count && fields[i].Length > 0 ? fields[i] : null))
                .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>
    /// Every record with the line it starts on (a quoted field may hold line breaks), blank lines
    /// left out; <see cref="CsvRecords.UnclosedQuoteLine"/> says where a quote was opened and never closed.
    /// </summary>
    public static CsvRecords Records(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var (line, recordLine, quoteLine) = (1, 1, 0);
        // A byte-order mark is how spreadsheet programs mark UTF-8, not part of the first header.
        for (var i = text.StartsWith('\uFEFF') ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }

            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    Add(records, recordLine, fields);
                    fields = [];
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            Add(records, recordLine, fields);
        }

        return new CsvRecords(records, quoted ? quoteLine : null);
    }

    private static void Add(List<CsvRecord> records, int line, List<string> fields)
    {
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            records.Add(new CsvRecord(line, fields));
        }
    }
}

/// <summary>One CSV record: the line it starts on and its fields as written.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>The records of a CSV text, and the line of a quote left open, if any.</summary>
internal sealed record CsvRecords(IReadOnlyList<CsvRecord> Records, int? UnclosedQuoteLine);
