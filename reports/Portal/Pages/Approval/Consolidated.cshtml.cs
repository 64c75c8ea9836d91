using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Approval;

/// <summary>
/// A region's consolidated figures for a quarter (<see cref="Consolidation"/>): what its
/// <c>consolidated</c> sheet starts from — its accepted districts plus its own rows — beside what it
/// claimed, and which districts were counted. A regional officer sees their own region, the ministry
/// any region (<see cref="UnitAccess.MaySeeRegion"/>); everyone else is refused.
/// </summary>
public sealed class ConsolidatedModel(WarehouseConnectionFactory connections) : PageModel
{
    /// <summary>The region's consolidation shown.</summary>
    public Consolidation Consolidation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? region, string? quarter)
    {
        if (!Quarter.TryParse(quarter, out var period) || !period.InCalendar)
        {
            return BadRequest();
        }

        // Asked before the region is looked up, so that an address made by hand learns nothing of a region not the reader's.
        if (region is null || !UnitAccess.MaySeeRegion(User, region))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
        if (await Consolidation.ReadAsync(connection, dimensions, region, period, HttpContext.RequestAborted) is not { } consolidation)
        {
            return NotFound();
        }

        Consolidation = consolidation;
        return Page();
    }
}
