using System.Data.Common;

namespace VolunteerDW.Etl.Notices;

/// <summary>
/// The one call a move in the workflow makes to tell people of it: in the move's own transaction,
/// to every recipient of a unit (its officers) or of the ministry (no unit),
/// each in their language. A move is told once per recipient: the dedup key is
/// <c>move:&lt;move_key&gt;:&lt;user&gt;</c>.
/// </summary>
public static class MoveNotices
{
    /// <summary>Writes the notice of a move to the outbox; returns how many messages were written.</summary>
    public static async Task<int> EnqueueAsync(DbTransaction transaction, long moveKey, MoveNotice notice, string? unitKato, MailSettings mail, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(mail);
        var connection = transaction.Connection ?? throw new ArgumentException("The transaction has ended.", nameof(transaction));
        var recipients = unitKato is null
            ? await NoticeRecipients.OfMinistryAsync(connection, transaction, cancellationToken)
            : await NoticeRecipients.OfUnitAsync(connection, transaction, unitKato, cancellationToken);
        var messages = recipients.Select(r => OutgoingMail.To(r, $"move:{moveKey}:{r.UserName}", notice.Kind, NoticeText.Compose(notice, r.Language, mail.PortalAddress)));
        return await MailOutbox.EnqueueAsync(transaction, messages, now, cancellationToken);
    }
}
