namespace VolunteerDW.Etl.Intake;

/// <summary>
/// Limits on what a submitted file may be, so that a hostile or broken file cannot exhaust the
/// server: its size as sent, and how far it may inflate (workbooks are zip archives too).
/// </summary>
public sealed record ArchiveLimits
{
    /// <summary>Largest file accepted, as sent (default 20 MB).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest total size of a zip's or workbook's content once inflated (default 512 MB).</summary>
    public long MaxUncompressedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Highest inflation ratio of any one entry (default 200: workbooks compress about 10–30 times).</summary>
    public long MaxCompressionRatio { get; init; } = 200;

    /// <summary>Most entries in a region's package (default 500).</summary>
    public int MaxEntries { get; init; } = 500;
}
