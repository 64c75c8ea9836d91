using VolunteerDW.Etl.Checking;
using VolunteerDW.Etl.Service;
using VolunteerDW.Reports.Analysis;
using VolunteerDW.Reports.Compliance;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Reports.Quarterly;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Diagnostics;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Service;

/// <summary>
/// The deadline and report jobs. Each works on the period its fire belongs to — the quarter just
/// ended on a deadline, the half-year just ended for the semi-annual report — so a fire run late,
/// after the service was down, still reports on the right period. Reports go to
/// <c>&lt;reports&gt;/&lt;period&gt;/&lt;job&gt;/</c>.
/// </summary>
public sealed class ScheduledReports(ServiceSettings settings, WarehouseConnectionFactory warehouse, TimeProvider time)
{
    /// <summary>After the district deadline: the quarter's check, and a compliance report for each region.</summary>
    public async Task<JobOutcome> DistrictDeadlineAsync(DateOnly fired, CancellationToken cancellationToken = default)
    {
        var quarter = Quarter.Of(fired).Previous;
        var check = await new QuarterCheck(warehouse, time).RunAsync(quarter, cancellationToken);
        var documents = await new ComplianceBuilder(warehouse, time).RegionDocumentsAsync(quarter, cancellationToken);
        var folder = Folder(quarter.ToString(), JobNames.Tier1Deadline);
        var files = 0;
        foreach (var document in documents)
        {
            // A shutdown stops the job between two regions' reports; the fire is run again whole.
            cancellationToken.ThrowIfCancellationRequested();
            files += await WriteAsync(document, folder, cancellationToken);
            FaultPoints.Reach(FaultPoints.BetweenReports);
        }

        return JobOutcome.Done($"{quarter}: district returns {Counts(check, 1)}; compliance reports for {documents.Count} regions, {files} file(s) in {folder}");
    }

    /// <summary>After the region deadline: the quarter's check, the national compliance report and the national quarterly digest.</summary>
    public async Task<JobOutcome> RegionDeadlineAsync(DateOnly fired, CancellationToken cancellationToken = default)
    {
        var quarter = Quarter.Of(fired).Previous;
        var check = await new QuarterCheck(warehouse, time).RunAsync(quarter, cancellationToken);
        var folder = Folder(quarter.ToString(), JobNames.Tier2Deadline);
        var files = await WriteAsync(await new ComplianceBuilder(warehouse, time).DocumentAsync(quarter, null, cancellationToken), folder, cancellationToken)
            + await WriteAsync(await new QuarterlyBuilder(warehouse, time).DocumentAsync(quarter, null, cancellationToken), folder, cancellationToken);
        return JobOutcome.Done($"{quarter}: region returns {Counts(check, 2)}; the compliance report and the national quarterly digest, {files} file(s) in {folder}");
    }

    /// <summary>The semi-annual report for the half-year just ended, as a draft or the final version.</summary>
    public async Task<JobOutcome> SemiAnnualAsync(string job, DateOnly fired, CancellationToken cancellationToken = default)
    {
        var half = HalfYear.LatestEndedBy(fired);
        var folder = Folder(half.ToString(), job);
        var files = await WriteAsync(await new SemiAnnualBuilder(warehouse, time).DocumentAsync(half, cancellationToken), folder, cancellationToken);
        return JobOutcome.Done($"{half}: the semi-annual report ({(job == JobNames.SemiAnnualDraft ? "draft" : "final")}), {files} file(s) in {folder}");
    }

    private string Folder(string period, string job) => Path.Combine(settings.Reports, period, job);

    private async Task<int> WriteAsync(ReportDocument document, string folder, CancellationToken cancellationToken)
    {
        var written = await new ReportWriter(new TemplateSource(settings.Templates)).WriteAsync(document, settings.Languages, [.. settings.Formats], folder, cancellationToken);
        return written.Count(f => !f.EndsWith(".svg", StringComparison.Ordinal));
    }

    private static string Counts(QuarterReport check, int tier)
    {
        var c = ComplianceAnalysis.Count(check.Timeliness.Where(t => t.Tier == tier));
        var pending = c.Pending > 0 ? $", {c.Pending} not yet due" : string.Empty;
        return $"{c.Expected} expected, {c.Received} received ({c.OnTime} on time, {c.Late} late), {c.Missing} missing{pending}";
    }
}
