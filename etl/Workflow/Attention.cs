using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Etl.Workflow;

/// <summary>Something waiting for the reader: a return or package (<see cref="Line"/>) of a sheet, standing where the reader must act on it.</summary>
public sealed record AttentionItem(ApprovalSheet Sheet, ApprovalLine Line);

/// <summary>
/// What needs a person's attention in the workflow, in the portal's list: a district officer, their
/// return sent back to them (with the reason); a regional officer, their districts' returns waiting
/// for them and their package sent back; the ministry, the packages waiting for it.
/// </summary>
public static class Attention
{
    /// <summary>The items for <paramref name="actor"/> among the sheets, newest quarter first.</summary>
    public static IReadOnlyList<AttentionItem> For(WorkflowActor actor, IEnumerable<ApprovalSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(sheets);
        return [.. sheets.OrderByDescending(sheet => sheet.Quarter)
            .SelectMany(sheet => Waiting(actor, sheet).Select(line => new AttentionItem(sheet, line)))];
    }

    private static IEnumerable<ApprovalLine> Waiting(WorkflowActor actor, ApprovalSheet sheet)
    {
        switch (actor.Role)
        {
            case PortalRoles.DistrictOfficer:
                return sheet.Districts.Where(line => line.Unit.KatoCode == actor.UnitKato && line.Standing.State == WorkflowStates.ReturnedToDistrict);
            case PortalRoles.RegionalOfficer when sheet.Region.Unit.KatoCode == actor.UnitKato:
                var returned = sheet.Region.Standing.State == WorkflowStates.ReturnedToRegion ? [sheet.Region] : Array.Empty<ApprovalLine>();
                return returned.Concat(sheet.Districts.Where(line => line.Standing.Effective == WorkflowStates.AwaitingRegion));
            case PortalRoles.MinistryAnalyst when sheet.Region.Standing.State == WorkflowStates.AwaitingMinistry:
                return [sheet.Region];
            default:
                return [];
        }
    }
}
