using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Tables;
using VolunteerDW.Portal.Text;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Dashboard;

/// <summary>
/// Who has reported and what they reported, for a quarter: the country (the ministry's roles) with a
/// tile per region, or one region (its officer, or the ministry choosing it) with each unit's return.
/// Everything on it is the quarterly information's own model (<see cref="QuarterlyBuilder"/>), so the
/// page and the report never disagree. Made once per quarter, region and language until the data
/// changes (<see cref="DashboardCache"/>).
/// </summary>
public sealed class IndexModel(DashboardCache dashboards, WarehouseConnectionFactory connections, TimeProvider time) : PageModel
{
    /// <summary>How long acceptance takes at each tier in the quarter (read fresh: moves do not change the reports' data).</summary>
    public IReadOnlyList<AcceptanceTime> Acceptance { get; private set; } = [];

    public Language Language { get; private set; }

    public Quarter Quarter { get; private set; }

    /// <summary>The quarters the reader may choose, newest first: up to the one now running.</summary>
    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    public QuarterlyReport Report { get; private set; } = null!;

    /// <summary>The regions on a tile map (the country only), as SVG.</summary>
    public string? TileMap { get; private set; }

    /// <summary>The report's charts, as SVG.</summary>
    public IReadOnlyList<string> Charts { get; private set; } = [];

    /// <summary>The units' table with, for the country, each region's name leading to its page.</summary>
    public TableView Units { get; private set; } = null!;

    public TableView Headlines { get; private set; } = null!;

    /// <summary>Whether the reader may go back from a region to the whole country.</summary>
    public bool MaySeeCountry { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? quarter, string? region)
    {
        var place = QuarterPlace.Choose(User, quarter, region, KazakhstanTime.Today(time));
        if (!place.Chosen)
        {
            return StatusCode(place.Status);
        }

        (var period, region) = (place.Quarter, place.Region);
        MaySeeCountry = UnitAccess.MaySeeCountry(User);
        Language = PortalLanguage.Of(HttpContext);
        (Quarter, Quarters) = (period, place.Quarters);
        DashboardView view;
        try
        {
            view = await dashboards.GetAsync(period, region, Language, HttpContext.RequestAborted);
        }
        catch (ArgumentException)
        {
            // Not a region at the end of that quarter.
            return NotFound();
        }

        (Report, Charts, Headlines, Units, TileMap) = (view.Report, view.Charts, view.Headlines, view.Units, view.TileMap);
        await using (var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted))
        {
            Acceptance = await AcceptanceTimes.ReadAsync(connection, period, region, HttpContext.RequestAborted);
        }

        return Page();
    }
}
