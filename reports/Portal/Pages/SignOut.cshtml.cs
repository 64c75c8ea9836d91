using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Portal.Pages;

/// <summary>Signing out: a form post (with its antiforgery token), never a link another site could make a browser follow.</summary>
public sealed class SignOutModel(SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        var who = User.Identity?.Name;
        await signIn.SignOutAsync();
        await audit.RecordAsync(AuditActions.SignedOut, who, subject: null, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        return RedirectToPage("/SignIn");
    }
}
