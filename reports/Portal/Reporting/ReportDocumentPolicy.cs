using System.Security.Cryptography;
using System.Text;

namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// The Content Security Policy of a report opened in the browser. The report is a document of its
/// own (<c>HtmlPage</c>): one style block with its typeface inside, inline SVG charts, no script. Its
/// policy allows exactly that style block, by its hash, fonts and images from inside the document,
/// and nothing else — no script at all, no connection, no form, no framing — and sandboxes it, so
/// even markup that slipped through could do nothing. The portal's own pages keep their stricter policy.
/// </summary>
public static class ReportDocumentPolicy
{
    private const string Open = "<style>", Close = "</style>";

    /// <summary>The policy for the page: null when it has not exactly one style block (then it is not a report page).</summary>
    public static string? For(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf(Open, StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf(Close, start, StringComparison.Ordinal);
        if (end < 0 || html.IndexOf(Open, end, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var style = html[(start + Open.Length)..end];
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        return $"default-src 'none'; style-src 'sha256-{hash}'; font-src data:; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
    }
}
