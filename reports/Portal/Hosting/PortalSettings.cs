using VolunteerDW.Etl.Intake;

namespace VolunteerDW.Portal.Hosting;

/// <summary>
/// The portal's settings: where it listens, and how many sign-in attempts one address may make in
/// a window before it is answered 429 (a lockout protects each account; this slows guessing across
/// accounts).
/// </summary>
public sealed record PortalSettings
{
    public const string Section = "Portal";

    /// <summary>
    /// The addresses it listens on. By default this machine only, plain HTTP: a reverse proxy in
    /// front gives the outside world HTTPS (browsers treat localhost as secure, so the secure cookies
    /// work there too).
    /// </summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://localhost:5080"];

    /// <summary>Where every file sent through the portal is kept, under <c>&lt;date&gt;/&lt;user&gt;/</c>: what was sent, and by whom.</summary>
    public string Uploads { get; init; } = "data/uploads";

    /// <summary>
    /// The portal's own folder, shared with no other program: where it makes the certificate that
    /// protects its keys when <see cref="KeyCertificate"/> is not given. The keys themselves (what
    /// signs the sign-in cookies and antiforgery tokens) are kept in the warehouse, for every node.
    /// </summary>
    public string Keys { get; init; } = "data/keys";

    /// <summary>
    /// A .pfx file with the certificate (and its RSA private key) the keys are encrypted to in the
    /// warehouse: the same file on every node. Null: the portal makes one in <see cref="Keys"/>.
    /// </summary>
    public string? KeyCertificate { get; init; }

    /// <summary>The password of <see cref="KeyCertificate"/>; null for a file exported without one. Never logged or shown.</summary>
    public string? KeyCertificatePassword { get; init; }

    /// <summary>Where the scheduled service writes its reports (<c>Service:Reports</c>): the portal lists and hands out the files in it.</summary>
    public string Reports { get; init; } = "data/reports";

    /// <summary>The report templates the scheduled service uses (<c>Service:Templates</c>), so a report on demand reads as the scheduled one; null for the shipped ones.</summary>
    public string? Templates { get; init; }

    /// <summary>Where reports made on demand are kept until the data they were made from changes.</summary>
    public string ReportCache { get; init; } = "data/report-cache";

    /// <summary>
    /// How many uploads are loaded at once (<c>Portal:ConcurrentLoads</c>); the rest wait their turn.
    /// The warehouse takes one load at a time anyway, and a large workbook needs several times its
    /// size in memory while it is read, so a queue keeps many uploads at once from exhausting memory.
    /// </summary>
    public int ConcurrentLoads { get; init; } = 1;

    /// <summary>The loader's limits on a file sent (the service's <c>Service:MaxFileMb</c>): the same for an upload as for the inbox.</summary>
    public ArchiveLimits Limits { get; init; } = new();

    public int SignInAttempts { get; init; } = 30;

    public TimeSpan SignInWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>What the log may show: where it listens and keeps its files, never the certificate's password.</summary>
    public override string ToString() =>
        $"the portal on {string.Join(';', Urls)} (uploads {Uploads}, keys {Keys}, certificate {KeyCertificate ?? "made in the keys folder"}, report cache {ReportCache})";
}
