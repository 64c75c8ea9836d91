using System.Globalization;
using VolunteerDW.Etl.Checking;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Cli;

/// <summary>Prints a quarter's check as readable tables: completeness per tier, then who is missing or late, then findings.</summary>
internal sealed class QuarterReportPrinter(TextWriter output, Language language)
{
    public async Task WriteAsync(QuarterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var deadlines = report.Timeliness.GroupBy(r => r.Tier).ToDictionary(g => g.Key, g => Date(g.First().DeadlineKey));
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Quarter {report.Quarter}, as of {report.AsOf:yyyy-MM-dd} — deadlines: districts and cities "
            + $"{deadlines.GetValueOrDefault(1)}, regions {deadlines.GetValueOrDefault(2)}");
        await output.WriteLineAsync($"{"",-16}{"expected",9}{"received",9}{"on time",9}{"late",6}{"missing",9}{"pending",9}");
        foreach (var tier in report.Timeliness.GroupBy(r => r.Tier).OrderBy(g => g.Key))
        {
            int Count(string status) => tier.Count(r => r.Status == status);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(tier.Key == 1 ? "tier 1 units" : "tier 2 regions"),-16}{tier.Count(),9}{Count(TimelinessStatuses.OnTime) + Count(TimelinessStatuses.Late),9}"
                + $"{Count(TimelinessStatuses.OnTime),9}{Count(TimelinessStatuses.Late),6}{Count(TimelinessStatuses.Missing),9}{Count(TimelinessStatuses.Pending),9}"));
        }

        await ListAsync("Missing", report.Timeliness.Where(r => r.Status == TimelinessStatuses.Missing),
            r => $"tier {r.Tier}  {Unit(report, r.UnitKato)}  deadline {Date(r.DeadlineKey)}");
        await ListAsync("Late", report.Timeliness.Where(r => r.Status == TimelinessStatuses.Late),
            r => $"tier {r.Tier}  {Unit(report, r.UnitKato)}  {(r.Tier == 1 ? "sent" : "received")} {Date(r.AcceptedDateKey!.Value)}, {r.DaysLate} day(s) late");
        await ListAsync("Reconciliation differences", report.Findings.Where(f => f.RuleCode == QualityRules.ReconciliationDifference),
            f => $"{Unit(report, f.UnitKato)}: {f.SubjectType} / {f.ActivityType}, {f.Measure}: claimed {Number(f.ExpectedValue)}, sum of its units {Number(f.ActualValue)}");
        await ListAsync("Warnings", report.Findings.Where(f => f.Severity == Severities.Warning),
            f => $"{f.RuleCode}  {Unit(report, f.UnitKato)}  {f.Location}  {Detail(f)}");
    }

    private async Task ListAsync<T>(string title, IEnumerable<T> items, Func<T, string> line)
    {
        var list = items.ToList();
        await output.WriteLineAsync($"{title}: {list.Count}");
        foreach (var item in list)
        {
            await output.WriteLineAsync($"  {line(item)}");
        }
    }

    private string Unit(QuarterReport report, string kato)
    {
        if (!report.Units.TryGetValue(kato, out var unit))
        {
            return kato;
        }

        var parent = unit.Level == 2 && report.Units.TryGetValue(unit.RegionKato!, out var region) ? $" ({Name(region)})" : string.Empty;
        return $"{kato} {Name(unit)}{parent}";
    }

    private string Name(UnitVersionRow unit) => language == Language.Kk ? unit.NameKk : unit.NameRu;

    private static string Detail(FindingView finding) => finding.RuleCode == QualityRules.QuarterOnQuarterJump
        ? $"{finding.Measure}: {Number(finding.ExpectedValue)} → {Number(finding.ActualValue)}"
        : finding.Detail ?? string.Empty;

    private static string Number(long? value) => value is { } v ? LoadCommand.Thousands(v) : "blank";

    private static string Date(int key) => DateKeys.ToDate(key).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
