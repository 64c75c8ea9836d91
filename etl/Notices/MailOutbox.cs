using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Notices;

/// <summary>
/// Writes messages into <c>mail_outbox</c> in the caller's transaction, so a move and the mail it
/// causes are kept or lost together; <see cref="MailDispatcher"/> sends them later. A message whose
/// dedup key is already there is not written again.
/// </summary>
public static class MailOutbox
{
    /// <summary>Writes the messages not yet in the outbox; returns how many it wrote.</summary>
    public static async Task<int> EnqueueAsync(DbTransaction transaction, IEnumerable<OutgoingMail> mail, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(mail);
        var connection = transaction.Connection ?? throw new ArgumentException("The transaction has ended.", nameof(transaction));
        var createdAt = StoredTime.Of(now);
        var written = 0;
        foreach (var message in mail)
        {
            written += await connection.ExecuteAsync(new CommandDefinition(NoticeSql.Enqueue, new
            {
                message.DedupKey,
                message.Kind,
                message.RecipientUser,
                message.RecipientAddress,
                message.Language,
                message.Subject,
                message.Body,
                created_at = createdAt,
            }, transaction, cancellationToken: cancellationToken));
        }

        return written;
    }
}
