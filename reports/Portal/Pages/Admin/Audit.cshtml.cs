using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Administration;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Admin;

/// <summary>
/// The audit log, newest first, a page at a time, filtered by who, which action, between which
/// Kazakhstan days and by text in the subject — a plain GET form, so a filtered page is an address
/// that can be kept, and the page links keep the filters.
/// </summary>
public sealed class AuditModel(WarehouseConnectionFactory connections) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AuditPage Entries { get; private set; } = new([], 1, false);

    public IReadOnlyList<(string Code, Label Label)> ActionLabels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // A filter that is not one the form offers was made by hand: refused rather than guessed at.
        if ((!string.IsNullOrEmpty(ActionFilter) && !AuditActions.All.Contains(ActionFilter, StringComparer.Ordinal))
            || Day(From) is { Valid: false } || Day(To) is { Valid: false } || PageNumber < 1)
        {
            return BadRequest();
        }

        var filter = new AuditFilter(UserFilter, NullIfEmpty(ActionFilter), Day(From).Date, Day(To).Date, Text);
        ActionLabels = await CodeLabels.ReadAsync(connections, AuditActions.List, HttpContext.RequestAborted);
        Entries = await AuditTrail.ReadAsync(connections, filter, PageNumber, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The filters as an address's query, with another page number: what the page links carry.</summary>
    public IDictionary<string, string> RouteFor(int page) => new Dictionary<string, string>
    {
        ["user"] = UserFilter ?? string.Empty,
        ["action"] = ActionFilter ?? string.Empty,
        ["from"] = From ?? string.Empty,
        ["to"] = To ?? string.Empty,
        ["text"] = Text ?? string.Empty,
        ["pageNumber"] = page.ToString(CultureInfo.InvariantCulture),
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    // A day as a date field sends it (yyyy-mm-dd); empty is no filter.
    private static (bool Valid, DateOnly? Date) Day(string? text) =>
        string.IsNullOrEmpty(text) ? (true, null)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (true, day) : (false, null);
}
