using System.Security.Claims;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Portal.Accounts;

/// <summary>
/// Whose returns a signed-in person may see and send — the one rule every page, form and file of
/// the portal asks, on the server, for every request: a district officer their own unit; a regional
/// officer their region's own return and those of the units that count for it (<c>region_kato</c>
/// of the unit's version in question); the ministry's roles every unit.
/// </summary>
public static class UnitAccess
{
    public static bool Allows(ClaimsPrincipal user, UnitVersionRow unit)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(unit);
        var own = user.FindFirst(PortalClaims.Unit)?.Value;
        return user.FindFirst(ClaimTypes.Role)?.Value switch
        {
            PortalRoles.DistrictOfficer => unit.KatoCode == own,
            PortalRoles.RegionalOfficer => unit.RegionKato == own,
            PortalRoles.MinistryAnalyst or PortalRoles.Administrator => true,
            _ => false,
        };
    }

    /// <summary>Whether the person may see the whole country's returns side by side: the ministry's roles.</summary>
    public static bool MaySeeCountry(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(ClaimTypes.Role)?.Value is PortalRoles.MinistryAnalyst or PortalRoles.Administrator;
    }

    /// <summary>Whether the person may see a region's returns side by side: the ministry's roles any region, a regional officer their own.</summary>
    public static bool MaySeeRegion(ClaimsPrincipal user, string regionKato)
    {
        ArgumentNullException.ThrowIfNull(user);
        return MaySeeCountry(user)
            || (user.FindFirst(ClaimTypes.Role)?.Value == PortalRoles.RegionalOfficer && user.FindFirst(PortalClaims.Unit)?.Value == regionKato);
    }

    /// <summary>The region a regional officer answers for; null for everyone else.</summary>
    public static string? OwnRegion(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(ClaimTypes.Role)?.Value == PortalRoles.RegionalOfficer ? user.FindFirst(PortalClaims.Unit)?.Value : null;
    }

    /// <summary>The person as the approval workflow knows them: their name, role and unit, from the signed cookie.</summary>
    public static WorkflowActor Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new WorkflowActor(user.Identity!.Name!, user.FindFirst(ClaimTypes.Role)?.Value ?? string.Empty, user.FindFirst(PortalClaims.Unit)?.Value,
            user.FindFirst(PortalClaims.DisplayName)?.Value);
    }
}
