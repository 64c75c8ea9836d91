namespace VolunteerDW.Warehouse.Codes;

/// <summary>What the portal's audit log records (<c>portal_audit.action</c>).</summary>
public static class AuditActions
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "audit_action";

    public const string SignedIn = "signed_in", SignInRefused = "sign_in_refused", LockedOut = "locked_out", SignedOut = "signed_out";

    public const string UserAdded = "user_added", UserDisabled = "user_disabled", UserEnabled = "user_enabled", PasswordReset = "password_reset";

    /// <summary>A file sent through the portal, whatever became of it (its subject says which file and what).</summary>
    public const string Uploaded = "uploaded";

    /// <summary>A report or another file handed out by the portal (its subject says which).</summary>
    public const string Downloaded = "downloaded";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [SignedIn, SignInRefused, LockedOut, SignedOut, UserAdded, UserDisabled, UserEnabled, PasswordReset, Uploaded, Downloaded];
}
