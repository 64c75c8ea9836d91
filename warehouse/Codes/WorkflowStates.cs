namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// Where a return stands in the approval workflow (<c>workflow_state.state</c>): a district's return
/// (tier 1) is awaiting its region, accepted by it, or returned to the district; a region's package
/// (tier 2) is open, awaiting the ministry, accepted by it, or returned to the region. A package
/// lists a district with no return as missing (<c>fact_package_district.state</c>).
/// </summary>
public static class WorkflowStates
{
    /// <summary>The list's name in <c>dim_code_label</c>.</summary>
    public const string List = "workflow_state";

    public const string AwaitingRegion = "awaiting_region", AcceptedByRegion = "accepted_by_region", ReturnedToDistrict = "returned_to_district";

    public const string Open = "open", AwaitingMinistry = "awaiting_ministry", AcceptedByMinistry = "accepted_by_ministry", ReturnedToRegion = "returned_to_region";

    /// <summary>A district with no return, as a package lists it.</summary>
    public const string Missing = "missing";

    /// <summary>Every code, in the order the lists sort them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [AwaitingRegion, AcceptedByRegion, ReturnedToDistrict, Open, AwaitingMinistry, AcceptedByMinistry, ReturnedToRegion, Missing];
}
