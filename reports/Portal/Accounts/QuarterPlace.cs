using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Accounts;

/// <summary>
/// The quarter and the place a page of one quarter shows (the dashboard, the approval sheet), as the
/// address asks and the reader may: the quarter given, else the latest whose district deadline has
/// passed (<see cref="Quarter.LatestDueBy"/>); the region given, else the reader's own, else (the
/// ministry's roles) the whole country. A quarter that is not one is 400; a place the reader may not
/// see is 403 (<see cref="UnitAccess"/>).
/// </summary>
/// <param name="Status">200, or the status the page answers instead.</param>
/// <param name="Quarter">The quarter shown.</param>
/// <param name="Region">The region shown; null for the whole country.</param>
/// <param name="Quarters">The quarters the reader may choose, newest first: up to the one now running.</param>
public sealed record QuarterPlace(int Status, Quarter Quarter, string? Region, IReadOnlyList<Quarter> Quarters)
{
    public bool Chosen => Status == StatusCodes.Status200OK;

    public static QuarterPlace Choose(ClaimsPrincipal user, string? quarter, string? region, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(user);
        var period = Quarter.LatestDueBy(today);
        if (quarter is not null && (!Quarter.TryParse(quarter, out period) || !period.InCalendar))
        {
            return new(StatusCodes.Status400BadRequest, period, region, []);
        }

        region ??= UnitAccess.OwnRegion(user);
        var allowed = region is null ? UnitAccess.MaySeeCountry(user) : UnitAccess.MaySeeRegion(user, region);
        return new(allowed ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden, period, region, [.. Quarter.Range(Quarter.First, Quarter.Of(today)).Reverse()]);
    }
}
