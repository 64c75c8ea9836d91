namespace VolunteerDW.Etl.Validation;

/// <summary>
/// The code a mistyped one was most likely meant to be, by edit distance: letters inserted,
/// deleted, replaced or swapped with their neighbour (<c>peopel</c> is one swap from
/// <c>people</c>). Asked only when a code is unknown, so it may allocate.
/// </summary>
internal static class NearestCode
{
    /// <summary>The nearest of the candidates, first in their order on a tie; null when none is near.</summary>
    public static string? Among(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        string? nearest = null;
        var best = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed, candidate);
            if (distance <= Allowed(candidate) && distance < best)
            {
                (nearest, best) = (candidate, distance);
            }
        }

        return nearest;
    }

    // Two edits from a short code reach words that have nothing to do with it; a code of five
    // letters or more keeps its shape through two slips.
    private static int Allowed(string code) => code.Length >= 5 ? 2 : 1;

    /// <summary>Optimal string alignment distance: Levenshtein's, with a swap of neighbours as one edit.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (twoBack, previous, current) = (new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
                }
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[b.Length];
    }
}
