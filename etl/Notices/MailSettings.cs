namespace VolunteerDW.Etl.Notices;

/// <summary>How a connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same machine or a test.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>
/// Where the notices go (the <c>Mail</c> section): an SMTP server, or with no host the outbox
/// folder, where each message is written as an <c>.eml</c> file; the sender; and the portal's
/// address for the link at the end of each message. The password is never logged or shown.
/// </summary>
public sealed record MailSettings
{
    public const string Section = "Mail";

    /// <summary>The SMTP server's host name; empty: no SMTP, messages go to <see cref="Outbox"/> as files.</summary>
    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 587;

    public SmtpSecurity SmtpSecurity { get; init; } = SmtpSecurity.StartTls;

    /// <summary>The account to sign in to the server with; empty: no authentication.</summary>
    public string? SmtpUser { get; init; }

    public string? SmtpPassword { get; init; }

    /// <summary>The sender's address.</summary>
    public string From { get; init; } = "volunteerdw@localhost";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; init; } = "VolunteerDW";

    /// <summary>Where messages are written as files when there is no SMTP server.</summary>
    public string Outbox { get; init; } = "data/outbox";

    /// <summary>The portal's address, linked at the end of every message; null: no link.</summary>
    public string? PortalAddress { get; init; }

    /// <summary>How long one exchange with the server may take before the message counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether messages go over SMTP rather than into the outbox folder.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    /// <summary>What the log and the status may show: the server or the folder, never the password.</summary>
    public override string ToString() => UsesSmtp
        ? $"SMTP {SmtpHost}:{SmtpPort} ({SmtpSecurity}{(string.IsNullOrEmpty(SmtpUser) ? string.Empty : $", as {SmtpUser}")}), from {From}"
        : $"the outbox folder {Outbox} (no SMTP server configured), from {From}";
}
