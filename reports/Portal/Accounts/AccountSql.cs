namespace VolunteerDW.Portal.Accounts;

/// <summary>The statements that read and write accounts and the audit log; every value is a parameter.</summary>
public static class AccountSql
{
    private const string Columns =
        """
        user_key AS UserKey, user_name AS UserName, normalized_user_name AS NormalizedUserName, display_name AS DisplayName,
        role AS Role, unit_kato AS UnitKato, language AS Language, password_hash AS PasswordHash, security_stamp AS SecurityStamp,
        access_failed_count AS AccessFailedCount, lockout_end_utc AS LockoutEndUtc, is_disabled AS IsDisabled, created_at_utc AS CreatedAtUtc,
        email AS Email
        """;

    public const string FindByName = $"SELECT {Columns} FROM portal_user WHERE normalized_user_name = @NormalizedUserName";

    public const string FindByKey = $"SELECT {Columns} FROM portal_user WHERE user_key = @UserKey";

    public const string All = $"SELECT {Columns} FROM portal_user ORDER BY normalized_user_name";

    public const string Insert =
        """
        INSERT INTO portal_user (user_name, normalized_user_name, display_name, role, unit_kato, language, password_hash, security_stamp,
                                 access_failed_count, lockout_end_utc, is_disabled, created_at_utc, email)
        VALUES (@UserName, @NormalizedUserName, @DisplayName, @Role, @UnitKato, @Language, @PasswordHash, @SecurityStamp,
                @AccessFailedCount, @LockoutEndUtc, @IsDisabled, @CreatedAtUtc, @Email)
        """;

    public const string KeyOf = "SELECT user_key FROM portal_user WHERE normalized_user_name = @NormalizedUserName";

    public const string Update =
        """
        UPDATE portal_user
        SET user_name = @UserName, normalized_user_name = @NormalizedUserName, display_name = @DisplayName, role = @Role, unit_kato = @UnitKato,
            language = @Language, password_hash = @PasswordHash, security_stamp = @SecurityStamp, access_failed_count = @AccessFailedCount,
            lockout_end_utc = @LockoutEndUtc, is_disabled = @IsDisabled, email = @Email
        WHERE user_key = @UserKey
        """;

    /// <summary>A role's name in each language, as <c>dim_code_label</c> keeps it.</summary>
    public const string RoleName =
        "SELECT name_kk AS Kk, name_ru AS Ru, name_en AS En FROM dim_code_label WHERE code_list = 'portal_role' AND code = @role";

    public const string InsertAudit =
        """
        INSERT INTO portal_audit (at_utc, user_name, action, subject, remote_address)
        VALUES (@AtUtc, @UserName, @Action, @Subject, @RemoteAddress)
        """;

    /// <summary>A fixed code list's labels in each language, in the list's order.</summary>
    public const string CodeLabels =
        "SELECT code AS Code, name_kk AS Kk, name_ru AS Ru, name_en AS En FROM dim_code_label WHERE code_list = @list ORDER BY sort_order";

    /// <summary>When each name last signed in, as the audit log has it (a name as typed at the sign-in).</summary>
    public const string LastSignIns =
        "SELECT user_name AS UserName, MAX(at_utc) AS AtUtc FROM portal_audit WHERE action = @signedIn AND user_name IS NOT NULL GROUP BY user_name";

    /// <summary>
    /// One page of the audit log, newest first, each filter applied only when given (names compared
    /// without regard to case; the subject by a LIKE pattern whose own wildcards the caller escaped
    /// with \); <c>@take</c> rows after the first <c>@skip</c>.
    /// </summary>
    public const string AuditPage =
        """
        SELECT AuditKey, AtUtc, UserName, Action, Subject, RemoteAddress
        FROM (
            SELECT audit_key AS AuditKey, at_utc AS AtUtc, user_name AS UserName, action AS Action, subject AS Subject, remote_address AS RemoteAddress,
                   ROW_NUMBER() OVER (ORDER BY at_utc DESC, audit_key DESC) AS recency
            FROM portal_audit
            WHERE (@user IS NULL OR UPPER(user_name) = UPPER(@user))
              AND (@action IS NULL OR action = @action)
              AND (@fromUtc IS NULL OR at_utc >= @fromUtc)
              AND (@untilUtc IS NULL OR at_utc < @untilUtc)
              AND (@subject IS NULL OR subject LIKE @subject ESCAPE '\')
        ) entries
        WHERE recency > @skip AND recency <= @skip + @take
        ORDER BY recency
        """;
}
