using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Pages.Admin;

/// <summary>
/// The scheduled service as <c>vdw status</c> shows it, read the same way (<see cref="ServiceStatus"/>):
/// whether it runs, each job's schedule, next fire and last run, the files waiting in the inbox and
/// those in quarantine, and the latest runs.
/// </summary>
public sealed class ServiceModel(ServiceLayout layout, WarehouseConnectionFactory connections, TimeProvider time) : PageModel
{
    /// <summary>How many of the latest runs the page lists, as <c>vdw status</c> does by default.</summary>
    public const int RecentRuns = 15;

    public ServiceStatus Status { get; private set; } = null!;

    public ServiceLayout Layout => layout;

    public async Task OnGetAsync() => Status = await ServiceStatus.ReadAsync(layout, connections, time, RecentRuns, HttpContext.RequestAborted);

    /// <summary>A file's name as the folder it is in holds it: relative to the inbox, so a file in a subfolder shows which.</summary>
    public string InInbox(string path) => Path.GetRelativePath(layout.Inbox, path);
}
