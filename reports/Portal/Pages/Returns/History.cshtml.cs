using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.History;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>A version as the history lists it: the warehouse's record, and who sent it when it came through the portal.</summary>
public sealed record ListedVersion(ReturnVersion Stored, SentFile? Sent);

/// <summary>One unit's return for one quarter: its versions, latest first.</summary>
public sealed record ListedReturn(string UnitKato, Label UnitName, Quarter Quarter, IReadOnlyList<ListedVersion> Versions)
{
    /// <summary>The return's stored timeliness, as every version carries it.</summary>
    public ReturnVersion Judged => Versions[0].Stored;
}

/// <summary>
/// The returns the reader may see (<see cref="UnitAccess"/>, asked of each return's own unit
/// version), newest quarter first, with every version, the one that counts and the stored
/// timeliness; filtered by quarter and unit. A unit the reader may not see is refused, whatever the
/// address asks.
/// </summary>
public sealed class HistoryModel(WarehouseConnectionFactory connections, PortalSettings settings) : PageModel
{
    public IReadOnlyList<ListedReturn> Returns { get; private set; } = [];

    /// <summary>The quarters the reader's returns are for, newest first: the quarter filter's options.</summary>
    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    /// <summary>The units whose returns the reader sees, for the unit filter; empty for a district officer, who sees one.</summary>
    public IReadOnlyList<(string Kato, Label Name)> Units { get; private set; } = [];

    public Quarter? Quarter { get; private set; }

    public string? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? quarter, string? unit)
    {
        if (!ReturnAddress.TryQuarter(quarter, out var period) || !ReturnAddress.TryUnit(unit, out var kato))
        {
            return BadRequest();
        }

        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
        if (kato is not null)
        {
            var versions = dimensions.Units.Where(u => u.KatoCode == kato).ToList();
            if (versions.Count == 0)
            {
                return NotFound();
            }

            if (!versions.Any(u => UnitAccess.Allows(User, u)))
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
        }

        var visible = (await ReturnHistory.ReadAsync(connection, kato, quarter: null, HttpContext.RequestAborted))
            .Where(v => UnitAccess.Allows(User, dimensions.Version(v.RegionSk)))
            .ToList();
        (Quarter, Unit) = (period, kato);
        Quarters = [.. visible.Select(v => v.Quarter).Distinct().OrderDescending()];
        Units = User.IsInRole(PortalRoles.DistrictOfficer)
            ? []
            : [.. visible.DistinctBy(v => v.UnitKato).OrderBy(v => v.UnitKato, StringComparer.Ordinal).Select(v => (v.UnitKato, v.UnitName))];
        Returns = [.. visible.Where(v => period is null || v.Quarter == period)
            .GroupBy(v => (v.QuarterKey, v.UnitKato))
            .Select(g => new ListedReturn(g.First().UnitKato, g.First().UnitName, g.First().Quarter, [.. g.Select(Listed)]))];
        return Page();
    }

    private ListedVersion Listed(ReturnVersion version) =>
        new(version, KeptUploads.Sender(settings.Uploads, KazakhstanTime.DateOf(version.ReceivedAt), version.PackageName ?? version.FileName));
}
