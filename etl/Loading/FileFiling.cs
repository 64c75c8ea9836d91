namespace VolunteerDW.Etl.Loading;

/// <summary>One file given to a load, with the result of every workbook it held, once they are all committed.</summary>
public sealed record LoadedFile(string Path, IReadOnlyList<LoadResult> Results)
{
    /// <summary>Whether something of the file is in the warehouse (loaded now or before) and nothing of it was rejected; skipped entries reject nothing.</summary>
    public bool Accepted => Results.Any(r => r.Accepted) && Results.All(r => r.Outcome != LoadOutcome.Rejected);
}

/// <summary>
/// Holds back the files whose workbooks have all been decided until what they wrote has committed,
/// then hands them to the caller (which moves them out of the inbox): a file never leaves before
/// its returns are safely in the warehouse, and never waits for the end of a long load either.
/// </summary>
internal sealed class FileFiling(Action<LoadedFile>? committed)
{
    private readonly List<LoadedFile> _waiting = [];

    /// <summary>A file whose every workbook has been stored or rejected, in the batch still open if <paramref name="uncommitted"/>.</summary>
    public void Decided(LoadedFile file, bool uncommitted)
    {
        _waiting.Add(file);
        if (!uncommitted)
        {
            Committed();
        }
    }

    /// <summary>Everything decided so far is committed.</summary>
    public void Committed()
    {
        foreach (var file in _waiting)
        {
            committed?.Invoke(file);
        }

        _waiting.Clear();
    }
}
