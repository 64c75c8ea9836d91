namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// What a person who signs in to the portal may do (<c>portal_user.role</c>): a district or
/// regional officer for one unit, a ministry analyst or an administrator for the whole country.
/// </summary>
public static class PortalRoles
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "portal_role";

    public const string DistrictOfficer = "district_officer", RegionalOfficer = "regional_officer", MinistryAnalyst = "ministry_analyst", Administrator = "administrator";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [DistrictOfficer, RegionalOfficer, MinistryAnalyst, Administrator];

    /// <summary>Whether the role is tied to one unit (a district, city or region) rather than the whole country.</summary>
    public static bool HasUnit(string role) => role is DistrictOfficer or RegionalOfficer;
}
