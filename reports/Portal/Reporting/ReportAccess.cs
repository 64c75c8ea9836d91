using System.Security.Claims;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// Who may have which report, asked on the server for every request: the ministry's roles every
/// report and every file the scheduled jobs wrote; a regional officer their own region's quarterly
/// report only; a district officer none.
/// </summary>
public static class ReportAccess
{
    /// <summary>Whether the person may open the reports pages at all.</summary>
    public static bool MayOpen(ClaimsPrincipal user) => IsMinistry(user) || Role(user) == PortalRoles.RegionalOfficer;

    /// <summary>Whether the person may have the report: the region in it is checked against their own.</summary>
    public static bool Allows(ClaimsPrincipal user, ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsMinistry(user)
            || (Role(user) == PortalRoles.RegionalOfficer && request.Kind == ReportKind.RegionQuarterly && request.Region == OwnRegion(user));
    }

    /// <summary>The scheduled jobs' files mix every region's reports with the national ones: the ministry's only.</summary>
    public static bool MaySeeScheduled(ClaimsPrincipal user) => IsMinistry(user);

    /// <summary>A regional officer's region; null for everyone else.</summary>
    public static string? OwnRegion(ClaimsPrincipal user) =>
        Role(user) == PortalRoles.RegionalOfficer ? user.FindFirst(PortalClaims.Unit)?.Value : null;

    private static bool IsMinistry(ClaimsPrincipal user) => Role(user) is PortalRoles.MinistryAnalyst or PortalRoles.Administrator;

    private static string? Role(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(ClaimTypes.Role)?.Value;
    }
}
