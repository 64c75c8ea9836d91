using Microsoft.Extensions.DependencyInjection;
using VolunteerDW.Portal.Pages.Dashboard;
using VolunteerDW.Portal.Returns;

namespace VolunteerDW.Portal.Hosting;

/// <summary>What keeps the portal's heavy work in bounds: uploads loaded in turn, the dashboard made once per data version.</summary>
public static class PortalWorkServices
{
    public static IServiceCollection AddPortalWork(this IServiceCollection services) =>
        services.AddMemoryCache().AddSingleton<LoadTurns>().AddSingleton<DashboardCache>();
}
