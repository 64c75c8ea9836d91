using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Hosting;

/// <summary>How the portal is put together: accounts (also for <c>vdw users</c>), then sign-in, pages and the safeguards around them.</summary>
public static class PortalServices
{
    /// <summary>Accounts and the audit log over the warehouse, without the web: what <c>vdw users</c> needs.</summary>
    public static IdentityBuilder AddPortalAccounts(this IServiceCollection services, WarehouseConnectionFactory connections, TimeProvider time)
    {
        services.AddLogging();
        services.AddSingleton(connections);
        services.AddSingleton(time);
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountAdministration>();
        return services.AddIdentityCore<PortalUser>(AccountRules.Apply)
            .AddUserStore<UserStore>()
            .AddUserManager<PortalUserManager>()
            .AddClaimsPrincipalFactory<PortalClaims>()
            .AddUserConfirmation<ActiveAccount>();
    }

    /// <summary>The portal on a web application: accounts, the sign-in cookie, antiforgery, the sign-in rate limit and the pages.</summary>
    public static void AddPortal(this WebApplicationBuilder builder, WarehouseConnectionFactory connections, TimeProvider time, PortalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        var services = builder.Services;
        services.AddPortalAccounts(connections, time).AddSignInManager();
        services.AddSingleton(settings);
        services.AddSingleton(new ReportCache(settings.ReportCache)).AddScoped<ReportFiles>();
        services.AddPortalWork();
        // `vdw serve` gives the configured mail settings; a portal alone writes notices to the outbox.
        services.TryAddSingleton(new MailSettings());
        services.AddScoped(provider => new ReturnWorkflow(connections, time, provider.GetRequiredService<MailSettings>()));
        // The keys live in the warehouse, encrypted to the certificate every node is given, so that any
        // node reads the sign-in cookie and antiforgery token another made.
        services.AddDataProtection()
            .SetApplicationName("volunteerdw-portal")
            .AddKeyManagementOptions(keys => keys.XmlRepository = new WarehouseKeyRing(connections, time))
            .ProtectKeysWithCertificate(PortalKeyCertificate.Of(settings, time));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "vdw-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/SignIn";
            cookie.LogoutPath = "/SignOut";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // A signed-in person refused a page (an /Admin page to anyone but an administrator) is
            // answered 403, as the pages refuse another unit, not sent to a page that does not exist.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // A disabled account or a new password ends open sessions within this interval.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "vdw-antiforgery";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Behind the reverse proxy that ends TLS (on this machine), requests are HTTPS as the browser sent
        // them: the cookies are then marked Secure, and the rate limit counts the browser's address.
        services.Configure<ForwardedHeadersOptions>(forwarded => forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInAttempts, Window = settings.SignInWindow, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        // Kazakh and Russian letters go into the page as they are; only markup characters are escaped.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAuthorizationBuilder().AddPolicy(PortalPolicies.Administrator, policy => policy.RequireRole(PortalRoles.Administrator));
        services.AddRazorPages(pages =>
        {
            // Every page needs a signed-in person but the sign-in page itself; the administration pages an administrator.
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AuthorizeFolder("/Admin", PortalPolicies.Administrator);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
        }).AddApplicationPart(typeof(PortalServices).Assembly);
    }

    /// <summary>The portal's middleware and endpoints, in the order they must run.</summary>
    public static void UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders.AddAsync);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // HEAD too: proxies and monitors ask it of a file before they fetch it.
        app.MapMethods("/assets/{name}", [HttpMethods.Get, HttpMethods.Head], PortalAssets.Serve).AllowAnonymous();
        app.MapRazorPages();
    }

    private static bool IsSignIn(HttpRequest request) => HttpMethods.IsPost(request.Method) && request.Path.Equals("/SignIn", StringComparison.OrdinalIgnoreCase);
}
