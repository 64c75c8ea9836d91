using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Account;

/// <summary>
/// Switching the portal's language while signed in: kept with the account, so every page and every
/// later session speaks it, and the sign-in is renewed at once so this very session does too.
/// </summary>
public sealed class LanguageModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? lang, string? returnUrl)
    {
        if (PortalLanguage.Parse(lang) is not { } chosen)
        {
            return BadRequest();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Forbid();
        }

        user.Language = chosen.Code();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status500InternalServerError);
        }

        await signIn.RefreshSignInAsync(user);
        PortalLanguage.Remember(Response, Request, chosen);
        // Only a path of this site: anything else would make the switch an open redirect.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
