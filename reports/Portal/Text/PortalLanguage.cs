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

    /// <summary>The languages a reader can choose, each named in itself.</summary>
    public static IReadOnlyList<(Language Language, string Name)> Choices { get; } = [(Language.Kk, "Қазақша"), (Language.Ru, "Русский")];

    public static Language Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = context.User.FindFirst(PortalClaims.Language)?.Value ?? context.Request.Cookies[Cookie];
        return Parse(code) ?? Language.Ru;
    }

    /// <summary>Remembers the choice in this browser, for the sign-in page after the session ends.</summary>
    public static void Remember(HttpResponse response, HttpRequest request, Language language)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(request);
        response.Cookies.Append(Cookie, language.Code(),
            new CookieOptions { HttpOnly = true, Secure = request.IsHttps, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(365) });
    }

    /// <summary>kk or ru as a language; null for anything else.</summary>
    public static Language? Parse(string? code) => code switch
    {
        "kk" => Language.Kk,
        "ru" => Language.Ru,
        _ => null,
    };
}
