namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// The page each heading printed on, for the contents list of a PDF. Chromium cannot number the
/// contents itself (it has no CSS <c>target-counter()</c>), so the report prints twice: the first
/// print does not know the pages yet and keeps their place blank (<see cref="Reserved"/>), the
/// second fills them in (<see cref="Of"/>); the place is the same width either way, so nothing
/// moves between the two.
/// </summary>
public sealed class PrintedPages
{
    private readonly Dictionary<string, int> _pageOf;

    private PrintedPages(Dictionary<string, int> pageOf) => _pageOf = pageOf;

    /// <summary>For a first print: every entry's page unknown, its place kept blank.</summary>
    public static PrintedPages Reserved { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The page of each heading, by its id in the page; a heading not listed keeps a blank place.</summary>
    public static PrintedPages Of(IReadOnlyDictionary<string, int> pageById)
    {
        ArgumentNullException.ThrowIfNull(pageById);
        return new(pageById.ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The page a heading printed on, or null when not known.</summary>
    public int? PageOf(string id) => _pageOf.TryGetValue(id, out var page) ? page : null;
}
