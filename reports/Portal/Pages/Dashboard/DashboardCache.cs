using Microsoft.Extensions.Caching.Memory;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Dashboard;

/// <summary>
/// The dashboard made once per quarter, region and language, and kept in memory until the data
/// changes: the key carries <see cref="ReportDataVersion"/> — the one owner of "a report made now
/// could read differently" — so a new load shows at the next request, while an unchanged warehouse
/// costs one small query instead of building the quarterly information again. Kept entries of an
/// older version are never asked for again and leave the cache when unused for a while.
/// </summary>
public sealed class DashboardCache(IMemoryCache cache, WarehouseConnectionFactory connections, TimeProvider time, PortalSettings settings)
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private long _builds;

    /// <summary>How many times a dashboard was built rather than found: what tests watch.</summary>
    public long Builds => Interlocked.Read(ref _builds);

    /// <summary>The dashboard of <paramref name="quarter"/>; throws <see cref="ArgumentException"/> when <paramref name="region"/> is not a region at its end.</summary>
    public async Task<DashboardView> GetAsync(Quarter quarter, string? region, Language language, CancellationToken cancellationToken)
    {
        var version = await ReportDataVersion.OfAsync(connections, time, settings.Templates, cancellationToken);
        var view = await cache.GetOrCreateAsync((nameof(DashboardCache), version, quarter, region, language), async entry =>
        {
            entry.SlidingExpiration = Unused;
            Interlocked.Increment(ref _builds);
            var document = await new QuarterlyBuilder(connections, time).DocumentAsync(quarter, region, cancellationToken);
            return DashboardView.From(document, quarter, region, language);
        });
        return view!;
    }
}
