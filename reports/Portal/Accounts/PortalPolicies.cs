namespace VolunteerDW.Portal.Accounts;

/// <summary>The named authorisation policies pages and folders are held to.</summary>
public static class PortalPolicies
{
    /// <summary>Accounts, the service and the audit log: administrators only.</summary>
    public const string Administrator = "administrator";
}
