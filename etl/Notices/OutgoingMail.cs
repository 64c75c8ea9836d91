namespace VolunteerDW.Etl.Notices;

/// <summary>
/// One message to one person, as <see cref="MailOutbox"/> writes it: the cause and recipient in
/// <paramref name="DedupKey"/> (the same cause seen again writes nothing), one of
/// <see cref="MailKinds"/>, the account and its address, <c>kk</c> or <c>ru</c>, and the text
/// <see cref="NoticeText"/> composed.
/// </summary>
public sealed record OutgoingMail(string DedupKey, string Kind, string RecipientUser, string RecipientAddress, string Language, string Subject, string Body)
{
    /// <summary>The message of a notice to one recipient, in the recipient's language.</summary>
    public static OutgoingMail To(NoticeRecipient recipient, string dedupKey, string kind, ComposedNotice text)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(text);
        return new(dedupKey, kind, recipient.UserName, recipient.Address, recipient.Language, text.Subject, text.Body);
    }
}

/// <summary>What a message is about (<c>mail_outbox.kind</c>).</summary>
public static class MailKinds
{
    public const string Returned = "returned", Accepted = "accepted", PackageAwaiting = "package_awaiting", PackageReturned = "package_returned",
        PackageAccepted = "package_accepted", Reopened = "reopened", Unlocked = "unlocked", Reminder = "reminder", LateUnits = "late_units";

    /// <summary>The kinds a move in the workflow causes.</summary>
    public static IReadOnlyList<string> Moves { get; } = [Returned, Accepted, PackageAwaiting, PackageReturned, PackageAccepted, Reopened, Unlocked];

    /// <summary>Every kind, as the table's CHECK lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Moves, Reminder, LateUnits];
}
