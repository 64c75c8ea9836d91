using Dapper;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Notices;

/// <summary>A row of <c>mail_outbox</c> as the tests read it.</summary>
public sealed record OutboxRow
{
    public long MailKey { get; init; }

    public string DedupKey { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string RecipientUser { get; init; } = string.Empty;

    public string Language { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public DateTime? SentAtUtc { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }
}

/// <summary>Accounts with e-mail addresses, and the outbox, written and read straight in a test warehouse.</summary>
public static class NoticeData
{
    public static async Task AddAccountAsync(TestWarehouse warehouse, string userName, string displayName, string role, string? unit, string language, string? email,
        bool disabled = false)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO portal_user (user_name, normalized_user_name, display_name, role, unit_kato, language, password_hash, security_stamp,
                                     access_failed_count, lockout_end_utc, is_disabled, created_at_utc, email)
            VALUES (@userName, @normalized, @displayName, @role, @unit, @language, 'not-a-hash', 'stamp', 0, NULL, @disabled, @createdAt, @email)
            """,
            new { userName, normalized = userName.ToUpperInvariant(), displayName, role, unit, language, disabled, createdAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), email });
    }

    public static async Task<List<OutboxRow>> OutboxAsync(TestWarehouse warehouse)
    {
        await using var connection = await warehouse.Connections.OpenAsync();
        return [.. await connection.QueryAsync<OutboxRow>(
            """
            SELECT mail_key AS MailKey, dedup_key AS DedupKey, kind AS Kind, recipient_user AS RecipientUser, language AS Language, subject AS Subject,
                   body AS Body, sent_at_utc AS SentAtUtc, attempts AS Attempts, last_error AS LastError
            FROM mail_outbox ORDER BY mail_key
            """)];
    }
}
