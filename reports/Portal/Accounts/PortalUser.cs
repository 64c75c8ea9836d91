namespace VolunteerDW.Portal.Accounts;

/// <summary>A person who signs in to the portal (<c>portal_user</c>), as the Identity store reads and writes it.</summary>
public sealed class PortalUser
{
    public long UserKey { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string NormalizedUserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>One of <see cref="Warehouse.Codes.PortalRoles"/>.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>An officer's district, city or region; null for the ministry's roles.</summary>
    public string? UnitKato { get; set; }

    /// <summary>kk or ru.</summary>
    public string Language { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public string SecurityStamp { get; set; } = string.Empty;

    public int AccessFailedCount { get; set; }

    /// <summary>Until when the account is locked (UTC); null when it is not.</summary>
    public DateTime? LockoutEndUtc { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Where the workflow's notices and the reminders go; null: the person gets no mail.</summary>
    public string? Email { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
