using System.Security.Claims;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Hosting;

/// <summary>One section of the portal in its menu: where it is and who is shown it (the page itself still checks every request).</summary>
public sealed record PortalSection(string Path, Label Name, Func<ClaimsPrincipal, bool> ShownTo);

/// <summary>The portal's menu: the sections a signed-in person can use, in the order they are met.</summary>
public static class PortalNavigation
{
    private static readonly IReadOnlyList<PortalSection> _sections =
    [
        new("/Dashboard", PortalText.Dashboard, ReportAccess.MayOpen),
        new("/Returns/Template", PortalText.Template, _ => true),
        new("/Returns/Upload", PortalText.Upload, _ => true),
        new("/Returns", PortalText.ReturnHistory.Title, _ => true),
        new("/Approval", PortalText.Approval.Title, user => user.IsInRole(PortalRoles.RegionalOfficer) || user.IsInRole(PortalRoles.MinistryAnalyst)),
        new("/Reports", PortalText.Reports, ReportAccess.MayOpen),
        new("/Admin/Users", PortalText.Users, IsAdministrator),
        new("/Admin/Service", PortalText.ServiceTitle, IsAdministrator),
        new("/Admin/Audit", PortalText.AuditTitle, IsAdministrator),
    ];

    public static IEnumerable<PortalSection> For(ClaimsPrincipal user) => _sections.Where(s => s.ShownTo(user));

    private static bool IsAdministrator(ClaimsPrincipal user) => user.IsInRole(PortalRoles.Administrator);
}
