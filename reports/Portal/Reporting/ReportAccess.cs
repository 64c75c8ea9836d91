using System.Security.Claims;
using VolunteerDW.Portal.Accounts;

namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// Who may have which report, asked on the server for every request, in the terms of
/// <see cref="UnitAccess"/>: the ministry's roles every report and every file the scheduled jobs
/// wrote; a regional officer their own region's quarterly report only; a district officer none.
/// </summary>
public static class ReportAccess
{
    /// <summary>Whether the person may open the reports pages at all.</summary>
    public static bool MayOpen(ClaimsPrincipal user) => UnitAccess.MaySeeCountry(user) || UnitAccess.OwnRegion(user) is not null;

    /// <summary>Whether the person may have the report: a national one the ministry only, a region's whoever may see that region.</summary>
    public static bool Allows(ClaimsPrincipal user, ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Region is { } region ? UnitAccess.MaySeeRegion(user, region) : UnitAccess.MaySeeCountry(user);
    }

    /// <summary>The scheduled jobs' files mix every region's reports with the national ones: the ministry's only.</summary>
    public static bool MaySeeScheduled(ClaimsPrincipal user) => UnitAccess.MaySeeCountry(user);
}
