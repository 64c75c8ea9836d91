using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Approval;

/// <summary>
/// A region's quarter in the approval workflow: its package and each district's return, where each
/// stands, and the moves the reader may make on each — offered only when <see cref="MovePolicy"/>
/// allows them, and decided again by it on the server when sent. A regional officer sees their own
/// region; the ministry any region, and first the list of regions with their packages.
/// </summary>
public sealed class IndexModel(WarehouseConnectionFactory connections, ReturnWorkflow workflow, TimeProvider time) : PageModel
{
    private static readonly string[] DistrictMoves = [WorkflowMoves.Accepted, WorkflowMoves.Returned, WorkflowMoves.Reopened];
    private static readonly string[] PackageMoves = [WorkflowMoves.PackageSent, WorkflowMoves.PackageAccepted, WorkflowMoves.PackageReturned, WorkflowMoves.Unlocked];

    public Quarter Quarter { get; private set; }

    /// <summary>The quarters the reader may choose, newest first: up to the one now running.</summary>
    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    /// <summary>The region shown; null for the ministry's list of regions.</summary>
    public ApprovalSheet? Sheet { get; private set; }

    /// <summary>Every region's sheet, for the ministry's list.</summary>
    public IReadOnlyList<ApprovalSheet> Regions { get; private set; } = [];

    /// <summary>What became of the move just sent, in the reader's language.</summary>
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? quarter, string? region, bool done = false)
    {
        Message = done ? PortalText.Approval.Done.In(PortalLanguage.Of(HttpContext)) : null;
        return await ShowAsync(quarter, region);
    }

    public async Task<IActionResult> OnPostAsync(string? move, string? unit, string? quarter, string? region, string? reason)
    {
        if (move is null || unit is null || !Quarter.TryParse(quarter, out var period))
        {
            return BadRequest();
        }

        var outcome = await workflow.MoveAsync(UnitAccess.Actor(User), move, unit, period, reason, HttpContext.RequestAborted);
        if (outcome.Done)
        {
            return RedirectToPage(new { quarter = period.ToString(), region, done = true });
        }

        Message = PortalText.Approval.Refused(outcome.Refusal!.Value).In(PortalLanguage.Of(HttpContext));
        Response.StatusCode = outcome.Refusal is MoveRefusal.NotForRole or MoveRefusal.OtherRegion ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        var shown = await ShowAsync(quarter, region);
        return shown is PageResult ? shown : StatusCode(Response.StatusCode);
    }

    /// <summary>The moves the reader may make on a line now (a reason, where one is needed, is asked for by the form).</summary>
    public IEnumerable<string> MovesOn(ApprovalLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var actor = UnitAccess.Actor(User);
        var region = line.Unit.RegionKato!;
        return (line.Standing.Tier == 1 ? DistrictMoves : PackageMoves)
            .Where(move => MovePolicy.Decide(actor, move, region, line.Standing, reason: "-").Allowed);
    }

    private async Task<IActionResult> ShowAsync(string? quarter, string? region)
    {
        var place = QuarterPlace.Choose(User, quarter, region, KazakhstanTime.Today(time));
        if (!place.Chosen)
        {
            return StatusCode(place.Status);
        }

        (var period, region) = (place.Quarter, place.Region);
        (Quarter, Quarters) = (period, place.Quarters);
        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
        if (region is null)
        {
            Regions = await ApprovalSheet.ReadAllAsync(connection, dimensions, period, cancellationToken: HttpContext.RequestAborted);
            return Page();
        }

        Sheet = await ApprovalSheet.ReadAsync(connection, dimensions, region, period, cancellationToken: HttpContext.RequestAborted);
        return Sheet is null ? NotFound() : Page();
    }
}
