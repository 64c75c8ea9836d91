using System.Text;

namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>A reader for UTF-8 CSV with a header row and RFC 4180 quoting.</summary>
internal static class Csv
{
    /// <summary>Reads every record as a map from header name to value (blank fields are null).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string?>> Read(string text)
    {
        var records = ParseRecords(text);
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        return records.Skip(1)
            .Where(fields => fields.Count > 1 || fields[0].Length > 0)
            .Select(fields => (IReadOnlyDictionary<string, string?>)header
                .Select((name, i) => (name, value: i < fields.Count && fields[i].Length > 0 ? fields[i] : null))
                .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal))
            .ToList();
    }

    private static List<List<string>> ParseRecords(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
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
                    records.Add(fields);
                    fields = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }

        return records;
    }
}
