using System.Globalization;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Rows read back compared column by column, every difference named by table, row and column: a
/// value in the wrong column shows as the column that holds it.
/// </summary>
internal static class ColumnCheck
{
    public static void Equal(string table, IReadOnlyList<IReadOnlyDictionary<string, object?>> expected, IEnumerable<object> read)
    {
        var rows = read.Cast<IDictionary<string, object?>>().ToList();
        var differences = new List<string>();
        if (rows.Count != expected.Count)
        {
            differences.Add($"{table}: {rows.Count} rows read, {expected.Count} expected");
        }

        foreach (var (want, got) in expected.Zip(rows))
        {
            differences.AddRange(want
                .Where(column => !got.TryGetValue(column.Key, out var value) || !Equals(column.Value, value))
                .Select(column => got.TryGetValue(column.Key, out var value)
                    ? $"{table} row {got["source_row"]}: {column.Key} holds {Show(value)}, expected {Show(column.Value)}"
                    : $"{table}: no column {column.Key} was read"));
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"'{text}'",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
