using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages;

/// <summary>
/// Signing in with a name and a password. A wrong name and a wrong password get the same answer,
/// so the page does not tell which accounts exist; every attempt is on the record.
/// </summary>
public sealed class SignInModel(SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Label? Problem { get; private set; }

    /// <summary>Shows the form; <c>?lang=kk|ru</c> chooses its language and remembers the choice.</summary>
    public IActionResult OnGet(string? lang)
    {
        if (PortalLanguage.Parse(lang) is { } chosen)
        {
            PortalLanguage.Remember(Response, Request, chosen);
            return RedirectToPage(new { ReturnUrl });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var from = HttpContext.Connection.RemoteIpAddress?.ToString();
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignedIn, UserName, subject: null, from, HttpContext.RequestAborted);
            // Only a path of this site: a link to another site would make the sign-in page an open redirect.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        await audit.RecordAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInRefused, userName: null, UserName, from, HttpContext.RequestAborted);
        Problem = result.IsLockedOut ? PortalText.LockedOut : PortalText.WrongNameOrPassword;
        Password = string.Empty;
        return Page();
    }
}
