using System.Net;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Text;

namespace VolunteerDW.Portal.Returns;

/// <summary>
/// How large one sending through the upload form may be, from the loader's own limits
/// (<see cref="ArchiveLimits"/>, the owner of what a file may be): the largest file the loader would
/// look at — a region's package, whose limit is its inflated size, or a workbook — with room for
/// the form around it. A file within this but over its own limit is still refused by the loader,
/// with its own result line; a sending over this is refused before it is read.
/// </summary>
public static class UploadLimits
{
    /// <summary>The form's other fields and each file's part headers.</summary>
    public const long FormBytes = 1024 * 1024;

    public static long MaxRequestBytes(ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return Math.Max(limits.MaxFileBytes, limits.MaxUncompressedBytes) + FormBytes;
    }
}

/// <summary>
/// Puts <see cref="UploadLimits"/> on an upload before anything reads its form — the antiforgery
/// check reads it first, so this runs before it — and refuses a larger sending at once with 413
/// and a sentence naming the limit, reading nothing of it. The files of a sending within the limit
/// are streamed to temporary files as they arrive (never held whole in memory): only small parts
/// are kept in memory, as the form reader does by default.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery check (order 1000), as ASP.NET Core's own request size filter does.</summary>
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = UploadLimits.MaxRequestBytes(http.RequestServices.GetRequiredService<PortalSettings>().Limits);
        if (http.Request.ContentLength > limit)
        {
            context.Result = Refusal(http, limit);
            return;
        }

        // A sending without a declared length is cut off by the server at the same limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            MultipartBodyLengthLimit = limit,
            MemoryBufferThreshold = FormOptions.DefaultMemoryBufferThreshold,
            BufferBody = false,
        }));
    }

    // htmx puts the sentence where the results go (the portal's script lets it place this answer);
    // without JavaScript the browser shows it as it is.
    private static ContentResult Refusal(HttpContext http, long limit)
    {
        var text = PortalText.Limits.TooLarge(limit).In(PortalLanguage.Of(http));
        return http.Request.IsHtmx()
            ? new ContentResult { StatusCode = StatusCodes.Status413PayloadTooLarge, ContentType = "text/html; charset=utf-8", Content = $"<p class=\"rejected\">{WebUtility.HtmlEncode(text)}</p>" }
            : new ContentResult { StatusCode = StatusCodes.Status413PayloadTooLarge, ContentType = "text/plain; charset=utf-8", Content = text };
    }
}
