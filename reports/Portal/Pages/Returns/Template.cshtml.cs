using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.BlankReturn;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>
/// The pre-filled quarterly return for a unit the person may send for (<see cref="UnitAccess"/>),
/// made by the same code as `vdw template`. A unit not theirs is refused whatever the address asks.
/// </summary>
public sealed class TemplateModel(WarehouseConnectionFactory connections, TimeProvider time) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The units the person may download a return for, as they are today.</summary>
    public IReadOnlyList<UnitVersionRow> Units { get; private set; } = [];

    /// <summary>The quarter the form offers first: the one now in Kazakhstan.</summary>
    public string Quarter { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        var snapshot = await SnapshotAsync();
        var today = KazakhstanTime.Today(time);
        Units = [.. snapshot.Units.Where(u => u.IsCurrent && u.ReportingTier is not null && UnitAccess.Allows(User, u)).OrderBy(u => u.Level).ThenBy(u => u.KatoCode, StringComparer.Ordinal)];
        Quarter = Warehouse.Periods.Quarter.Of(today).ToString();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string unit, string quarter)
    {
        if (!Warehouse.Periods.Quarter.TryParse(quarter ?? string.Empty, out var period) || !period.InCalendar)
        {
            return BadRequest();
        }

        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        var snapshot = await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
        UnitVersionRow version;
        try
        {
            version = TemplateUnit.Resolve(snapshot, unit ?? string.Empty, period);
        }
        catch (WarehouseConfigurationException)
        {
            return NotFound();
        }

        if (!UnitAccess.Allows(User, version))
        {
            // Refused outright: the portal never offers another unit, so an address that asks for one was made by hand.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var bytes = await ReturnTemplate.WriteAsync(connection, snapshot, version, period, HttpContext.RequestAborted);
        return File(bytes, XlsxType, $"{version.KatoCode}_{period}.xlsx");
    }

    private async Task<DimensionSnapshot> SnapshotAsync()
    {
        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        return await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
    }
}
