namespace VolunteerDW.Etl.Notices;

/// <summary>
/// The statements of the notices: the outbox and who is told. Parameterised and written once for
/// both engines (the tests parse each as T-SQL and allow only functions both engines have).
/// </summary>
public static class NoticeSql
{
    /// <summary>One message, unless one with its dedup key is already there: the cause seen twice writes once.</summary>
    public const string Enqueue =
        """
        INSERT INTO mail_outbox (dedup_key, kind, recipient_user, recipient_address, language, subject, body, created_at_utc, sent_at_utc, attempts, last_error)
        SELECT @DedupKey, @Kind, @RecipientUser, @RecipientAddress, @Language, @Subject, @Body, @created_at, NULL, 0, NULL
        WHERE NOT EXISTS (SELECT 1 FROM mail_outbox WHERE dedup_key = @DedupKey)
        """;

    /// <summary>The messages not yet sent, oldest first (<c>@take</c> of them), each with its recipient's display name (the account's, else its name).</summary>
    public const string Pending =
        """
        SELECT MailKey, DedupKey, Kind, RecipientUser, RecipientName, RecipientAddress, Subject, Body
        FROM (
            SELECT o.mail_key AS MailKey, o.dedup_key AS DedupKey, o.kind AS Kind, o.recipient_user AS RecipientUser,
                   COALESCE(u.display_name, o.recipient_user) AS RecipientName, o.recipient_address AS RecipientAddress,
                   o.subject AS Subject, o.body AS Body,
                   ROW_NUMBER() OVER (ORDER BY o.mail_key) AS position
            FROM mail_outbox o
            LEFT JOIN portal_user u ON u.user_name = o.recipient_user
            WHERE o.sent_at_utc IS NULL
        ) pending
        WHERE position <= @take
        ORDER BY position
        """;

    /// <summary>
    /// Claims a message for sending: only the dispatcher whose statement changes the row sends it.
    /// The claim marks it sent (with the claim's time) so no other dispatcher reads it as pending,
    /// and notes in <c>last_error</c> that it is being sent, until <see cref="Sent"/> or <see cref="Failed"/>.
    /// </summary>
    public const string Claim =
        """
        UPDATE mail_outbox SET sent_at_utc = @now, attempts = attempts + 1, last_error = @sending
        WHERE mail_key = @key AND sent_at_utc IS NULL
        """;

    /// <summary>The claimed message went: its sending time, no error.</summary>
    public const string Sent = "UPDATE mail_outbox SET sent_at_utc = @now, last_error = NULL WHERE mail_key = @key";

    /// <summary>The claimed message did not go: pending again, with why, for the next run.</summary>
    public const string Failed = "UPDATE mail_outbox SET sent_at_utc = NULL, last_error = @error WHERE mail_key = @key";

    /// <summary>
    /// The enabled accounts with an e-mail address that hear of a unit — its district or regional
    /// officers — or, when <c>@unit</c> is null, of the whole country: the ministry's analysts.
    /// </summary>
    public const string Recipients =
        """
        SELECT user_name AS UserName, display_name AS DisplayName, email AS Address, language AS Language
        FROM portal_user
        WHERE is_disabled = 0 AND email IS NOT NULL
          AND ((@unit IS NOT NULL AND unit_kato = @unit AND role IN (@district, @regional))
            OR (@unit IS NULL AND role = @ministry))
        ORDER BY normalized_user_name
        """;

    /// <summary>The units with a current return for a quarter.</summary>
    public const string UnitsWithCurrentReturn = "SELECT unit_kato FROM dim_submission WHERE quarter_key = @quarter AND status = 'current'";

    /// <summary>Where each return and package of a quarter stands in the workflow.</summary>
    public const string WorkflowStates = "SELECT unit_kato AS UnitKato, state AS State FROM workflow_state WHERE quarter_key = @quarter";
}
