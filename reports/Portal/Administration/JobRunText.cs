using System.Globalization;
using VolunteerDW.Etl.Service;
using VolunteerDW.Portal.Text;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Administration;

/// <summary>A run of the service's history in a line, as <c>vdw status</c> gives it: how it ended, how long it took, the fire it caught up on, and what it did.</summary>
public static class JobRunText
{
    public static string Of(JobRun run, Language language)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Job == JobNames.ServiceStart)
        {
            return run.Summary ?? PortalText.Started.In(language);
        }

        var outcome = PortalText.RunOutcome(run.Outcome).In(language);
        var took = run.FinishedAtUtc is { } end
            ? " " + PortalText.Took(((int)Math.Round((end - run.StartedAtUtc).TotalSeconds)).ToString(CultureInfo.InvariantCulture)).In(language)
            : string.Empty;
        var catchUp = run.CatchUp ? " " + PortalText.CaughtUp(LocalTime.Text(run.ScheduledForUtc, language)).In(language) : string.Empty;
        // The summary is the service's own record of what the run did, kept as it wrote it.
        return run.Summary is { Length: > 0 } summary ? $"{outcome}{took}{catchUp}: {summary}" : $"{outcome}{took}{catchUp}";
    }
}
