using System.Globalization;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Etl.Validation;

/// <summary>Rules across the rows of a sheet.</summary>
internal static class RowRules
{
    /// <summary>No two rows of the same grain: the later row is the error, naming the earlier.</summary>
    public static void NoDuplicates<TRow, TKey>(SheetSpec sheet, IEnumerable<TRow> rows, Func<TRow, int> sourceRow, Func<TRow, TKey> grain, List<Problem> problems)
        where TKey : notnull
    {
        var seen = new Dictionary<TKey, int>();
        foreach (var row in rows)
        {
            if (!seen.TryAdd(grain(row), sourceRow(row)))
            {
                problems.Add(new Problem(ProblemKind.DuplicateRow, sheet.Name, $"A{sourceRow(row)}", Value: seen[grain(row)].ToString(CultureInfo.InvariantCulture)));
            }
        }
    }
}
