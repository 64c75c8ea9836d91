using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Hosting;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>Hands the sender back their rejected workbook with its problems marked on it; only from their own uploads.</summary>
public sealed class CheckedModel(PortalSettings settings) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public IActionResult OnGet(string? day, string? file) =>
        KeptUploads.Find(settings.Uploads, User.Identity!.Name!, day, file, CheckedCopy.Suffix) is { } path
            ? PhysicalFile(Path.GetFullPath(path), XlsxType, Path.GetFileName(path))
            : NotFound();
}
