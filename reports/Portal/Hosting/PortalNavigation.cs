using System.Security.Claims;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Hosting;

/// <summary>One section of the portal in its menu: where it is and who is shown it (the page itself still checks every request).</summary>
public sealed record PortalSection(string Path, Label Name, Func<ClaimsPrincipal, bool> ShownTo);

/// <summary>The portal's menu: the sections a signed-in person can use, in the order they are met.</summary>
public static class PortalNavigation
{
    private static readonly IReadOnlyList<PortalSection> _sections =
    [
        new("/Dashboard", PortalText.Dashboard, user => UnitAccess.MaySeeCountry(user) || UnitAccess.OwnRegion(user) is not null),
        new("/Returns/Template", PortalText.Template, _ => true),
        new("/Returns/Upload", PortalText.Upload, _ => true),
    ];

    public static IEnumerable<PortalSection> For(ClaimsPrincipal user) => _sections.Where(s => s.ShownTo(user));
}
