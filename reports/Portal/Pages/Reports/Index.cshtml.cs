using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Reports;

/// <summary>
/// The reports page: a form (a plain GET, so it works without JavaScript) for the report, its period,
/// region and language; then links to open it and download it; and, for the ministry, the files the
/// scheduled jobs wrote. A regional officer is offered their own region's quarterly report only.
/// </summary>
public sealed class IndexModel(WarehouseConnectionFactory connections, TimeProvider time, PortalSettings settings) : ReportPageModel
{
    /// <summary>The kinds the person may ask for.</summary>
    public IReadOnlyList<ReportKind> Kinds { get; private set; } = [];

    /// <summary>The regions the form offers, as they are today.</summary>
    public IReadOnlyList<UnitVersionRow> Regions { get; private set; } = [];

    public ReportKind Kind { get; private set; }

    public string Period { get; private set; } = string.Empty;

    public string? Region { get; private set; }

    public Language Language { get; private set; }

    /// <summary>The report asked for, when it is one the person may have; its links are shown.</summary>
    public ReportRequest? Chosen { get; private set; }

    /// <summary>Whether the address asked for a report that is not one.</summary>
    public bool NotAReport { get; private set; }

    /// <summary>The scheduled jobs' files, for the ministry; null for anyone else.</summary>
    public IReadOnlyList<ScheduledReport>? Scheduled { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? kind, string? period, string? region, string? lang)
    {
        var ownRegion = UnitAccess.OwnRegion(User);
        Kinds = ownRegion is null ? Enum.GetValues<ReportKind>() : [ReportKind.RegionQuarterly];
        Language = PortalLanguage.Parse(lang) ?? PortalLanguage.Of(HttpContext);
        var today = KazakhstanTime.Today(time);
        if (kind is null)
        {
            // As `vdw report` takes them when none is given: the latest half-year or quarter that has ended.
            Kind = Kinds[0];
            Period = Kind == ReportKind.SemiAnnual ? HalfYear.LatestEndedBy(today).ToString() : Quarter.Of(today).Previous.ToString();
            Region = ownRegion;
        }
        else if (ReportRequest.Parse(kind, period, string.IsNullOrEmpty(region) || kind != ReportRequest.Codes[ReportKind.RegionQuarterly] ? null : region, lang) is { } request)
        {
            if (!ReportAccess.Allows(User, request))
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            (Kind, Period, Region, Chosen) = (request.Kind, request.Period, request.Region, request);
        }
        else
        {
            (Period, Region, NotAReport) = (period ?? string.Empty, region, true);
            Kind = ReportRequest.Codes.FirstOrDefault(c => c.Value == kind).Key;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await using (var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted))
        {
            var snapshot = await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
            Regions = [.. snapshot.Units.Where(u => u.IsCurrent && u.Level == 1 && (ownRegion is null || u.KatoCode == ownRegion)).OrderBy(u => u.KatoCode, StringComparer.Ordinal)];
        }

        Scheduled = ReportAccess.MaySeeScheduled(User) ? ScheduledReportFiles.List(settings.Reports) : null;
        return Page();
    }

    /// <summary>The address's query for the chosen report (with a format, for a download).</summary>
    public Dictionary<string, string> Query(string? format = null)
    {
        var request = Chosen ?? throw new InvalidOperationException("No report is chosen.");
        var query = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = request.KindCode, ["period"] = request.Period, ["lang"] = request.Language.Code() };
        if (request.Region is { } region)
        {
            query["region"] = region;
        }

        if (format is not null)
        {
            query["format"] = format;
        }

        return query;
    }
}
