using Microsoft.AspNetCore.Http;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Text;

/// <summary>
/// The language a page speaks: a signed-in person's own (kept with their account); before signing
/// in, the one chosen on the sign-in page (remembered in a cookie); else Russian.
/// </summary>
public static class PortalLanguage
{
    public const string Cookie = "vdw-language";

    public static Language Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = context.User.FindFirst(PortalClaims.Language)?.Value ?? context.Request.Cookies[Cookie];
        return Parse(code) ?? Language.Ru;
    }

    /// <summary>kk or ru as a language; null for anything else.</summary>
    public static Language? Parse(string? code) => code switch
    {
        "kk" => Language.Kk,
        "ru" => Language.Ru,
        _ => null,
    };

    /// <summary>The language's code as HTML's lang attribute and the account write it.</summary>
    public static string Code(this Language language) => language == Language.Kk ? "kk" : "ru";
}
