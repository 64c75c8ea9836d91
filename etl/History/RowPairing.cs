namespace VolunteerDW.Etl.History;

/// <summary>A data row of a sheet: the row it stands in and its cells, in the order of the sheet's fields.</summary>
internal sealed record SheetRow(int SourceRow, IReadOnlyList<object?> Cells);

/// <summary>
/// Pairs the rows of a sheet in two versions: first by what tells a row apart (a row moved down
/// by one inserted above it is still the same row), the n-th of a kind with the n-th; then what is
/// left of each version in the same row of the sheet (a title corrected in place is the same row
/// with its title changed). A row left without a partner was added or removed.
/// </summary>
internal static class RowPairing
{
    /// <summary>The pairs, and the rows without a partner (the other side null), in the order they stand in the sheet.</summary>
    public static List<(SheetRow? Was, SheetRow? Now)> Pair(IReadOnlyList<SheetRow> older, IReadOnlyList<SheetRow> newer, Func<SheetRow, string> identity)
    {
        var waiting = older.GroupBy(identity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<SheetRow>(g), StringComparer.Ordinal);
        var pairs = new List<(SheetRow? Was, SheetRow? Now)>();
        var unpaired = new List<SheetRow>();
        foreach (var row in newer)
        {
            if (waiting.TryGetValue(identity(row), out var alike) && alike.Count > 0)
            {
                pairs.Add((alike.Dequeue(), row));
            }
            else
            {
                unpaired.Add(row);
            }
        }

        var leftByRow = waiting.Values.SelectMany(q => q).ToDictionary(r => r.SourceRow);
        foreach (var row in unpaired)
        {
            pairs.Add(leftByRow.Remove(row.SourceRow, out var same) ? (same, row) : (null, row));
        }

        pairs.AddRange(leftByRow.Values.Select(r => ((SheetRow?)r, (SheetRow?)null)));
        return [.. pairs.OrderBy(p => (p.Now ?? p.Was)!.SourceRow).ThenBy(p => p.Now is null)];
    }
}
