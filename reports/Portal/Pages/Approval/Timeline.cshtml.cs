using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Pages.Returns;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Approval;

/// <summary>
/// Every move on one unit's return (or a region's package) for a quarter: what, by whom, when, why,
/// and how long each answer took. Whoever may see the unit's returns (<see cref="UnitAccess"/>) may
/// see its timeline — the district its own, with the reasons it was returned.
/// </summary>
public sealed class TimelineModel(WarehouseConnectionFactory connections) : PageModel
{
    public UnitVersionRow Unit { get; private set; } = null!;

    public Quarter Quarter { get; private set; }

    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    /// <summary>The units of the quarter by KATO code, to name the districts a package listed.</summary>
    public IReadOnlyDictionary<string, UnitVersionRow> Units { get; private set; } = new Dictionary<string, UnitVersionRow>();

    public async Task<IActionResult> OnGetAsync(string? unit, string? quarter)
    {
        if (unit is null || !ReturnAddress.TryUnit(unit, out var kato) || kato is null || !Quarter.TryParse(quarter, out var period) || !period.InCalendar)
        {
            return BadRequest();
        }

        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
        if (!dimensions.IsKnownUnit(kato) || dimensions.UnitAt(kato, DateKeys.Of(period.LastDay)) is not { ReportingTier: not null } version)
        {
            return NotFound();
        }

        if (!UnitAccess.Allows(User, version))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        (Unit, Quarter) = (version, period);
        Units = dimensions.ReportingUnitsAt(DateKeys.Of(period.LastDay)).ToDictionary(u => u.KatoCode, StringComparer.Ordinal);
        Entries = await ReturnTimeline.ReadAsync(connection, kato, period, HttpContext.RequestAborted);
        return Page();
    }
}
