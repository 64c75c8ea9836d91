using System.Globalization;
using System.Text;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>One soak as it ran: its settings, how long the people worked, what each did, the kills, and the warehouse's check.</summary>
internal sealed record SoakRun(int Users, double Minutes, double KillEvery, double Seconds, IReadOnlyList<SoakUser> People,
    IReadOnlyList<Restart> Restarts, int LeftWhileUp, bool StoppedCleanly, SoakCheck Check);

/// <summary>The soak's README section: what was asked and answered, what went wrong by kind, the checks, the kills, and the requests' times.</summary>
internal static class SoakTable
{
    public static string Write(SoakRun run)
    {
        var requests = run.People.SelectMany(p => p.Requests).ToList();
        var errors = requests.Where(r => r.Error != SoakError.None).ToList();
        int Count(params SoakError[] kinds) => errors.Count(r => kinds.Contains(r.Error));
        string Share(int count) => string.Create(CultureInfo.InvariantCulture, $"{count:#,0} ({100.0 * count / requests.Count:F2}%)");
        string None(int count) => count == 0 ? "none: met" : "none: **missed**";
        var check = run.Check;
        var table = new StringBuilder();
        table.AppendLine(RunInfo.Heading(
            string.Create(CultureInfo.InvariantCulture, $"Two nodes on one warehouse, {run.Users} district officers for {run.Minutes:0.#} min, a node killed every {run.KillEvery:0.#} min"),
            string.Create(CultureInfo.InvariantCulture, $"one run of {run.Seconds:F0} s; each person pauses 0.5–1.5 s between requests")));
        table.AppendLine();
        table.AppendLine("| measure | figure | target |");
        table.AppendLine("|---|---|---|");
        Row(table, "requests", $"{requests.Count:#,0}: {requests.Count(r => !r.IsUpload):#,0} pages, {requests.Count(r => r.IsUpload):#,0} uploads; {requests.Count(r => r.Retry):#,0} of them retries");
        Row(table, "requests per second", $"{requests.Count / run.Seconds:F1}");
        Row(table, "errors", $"{Share(errors.Count)}");
        Row(table, "· refused or cut during a kill", $"{Share(Count(SoakError.RefusedDuringKill))}; answered on the other node at the next attempt: {Recovered(run.People):#,0}");
        Row(table, "· 5xx", $"{Share(Count(SoakError.ServerError))}");
        Row(table, "· session lost (401, or sent to /SignIn)", $"{Share(Count(SoakError.SessionLost))}", None(Count(SoakError.SessionLost)));
        Row(table, "· other", $"{Share(Count(SoakError.Connection, SoakError.Timeout, SoakError.NotAccepted, SoakError.OtherStatus))}: {Count(SoakError.Connection)} refused or cut outside a kill, {Count(SoakError.Timeout)} timed out, {Count(SoakError.NotAccepted)} uploads not accepted, {Count(SoakError.OtherStatus)} other statuses");
        Row(table, "steps given up after 5 attempts", $"{run.People.Sum(p => p.GivenUp)}");
        Row(table, "sign-ins", $"{run.People.Sum(p => p.SignIns)} ({run.Users} first ones)");
        Row(table, "returns sent", $"{check.Answered + check.Unanswered:#,0}; answered as taken {check.Answered:#,0}; never answered {check.Unanswered} (stored all the same: {check.StoredUnanswered})");
        Row(table, "lost uploads: answered as taken, not in dim_submission", $"{check.Lost}", None(check.Lost));
        Row(table, "duplicate submissions: one content, or one file, twice for a unit and quarter", $"{check.DuplicateContent}, {check.DuplicateFiles}", None(check.DuplicateContent + check.DuplicateFiles));
        Row(table, "submissions the officers' units gained; of no file sent; units with a gap in versions", $"{check.RowsAdded:#,0}; {check.Unsent}; {check.Gaps}");
        Row(table, "kills (SIGKILL, nodes in turn), at s", $"{run.Restarts.Count}: {string.Join(", ", run.Restarts.Select(r => I($"{r.Node} {r.KilledAt:F0}")))}");
        Row(table, "restarted node listening, ready after the kill, s", $"{string.Join("; ", run.Restarts.Select(r => I($"{r.Listening:F1}, {r.Ready:F1}")))}");
        Row(table, "nodes out of rotation with no kill (health not ready, or unreachable)", $"{run.LeftWhileUp}");
        Row(table, "both nodes stopped cleanly at the end (SIGTERM, exit 0)", $"{(run.StoppedCleanly ? "yes" : "**no**")}");
        Row(table, "loads while the nodes ran, by outcome", $"{string.Join(", ", check.Loads.Select(l => I($"{l.Runs:#,0} {l.Outcome}")))}");
        Row(table, "scheduled jobs' runs, by outcome (`service`: a node's start)", $"{string.Join("; ", check.JobRuns.Select(j => I($"{j.Job} {j.Runs} {j.Outcome}")))}");
        table.AppendLine();
        table.AppendLine("| requests (answered) | count | p50, ms | p95, ms | max, ms |");
        table.AppendLine("|---|---|---|---|---|");
        var answered = requests.Where(r => r.Status != 0).ToList();
        Times(table, "first page (`/`)", answered.Where(r => r.What == "/"));
        Times(table, "returns' history (`/Returns?quarter=…`)", answered.Where(r => r.What == "/Returns"));
        Times(table, "every page", answered.Where(r => !r.IsUpload));
        Times(table, "upload to result", answered.Where(r => r.IsUpload));
        return table.ToString();
    }

    private static void Row(StringBuilder table, string measure, FormattableString figure, string target = "") =>
        table.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {I(figure)} | {target} |");

    // Figures are written the same whatever the machine's culture.
    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Times(StringBuilder table, string name, IEnumerable<SoakRequest> requests)
    {
        var list = requests.Select(r => (r.Milliseconds, r.Error == SoakError.None)).ToList();
        if (list.Count == 0)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | 0 | | | |");
            return;
        }

        var times = Latencies.Of(list);
        table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {times.Count:#,0} | {times.P50:F0} | {times.P95:F0} | {times.Max:F0} |");
    }

    // Attempts refused or cut during a kill whose retry, on the other node, was answered without error.
    private static int Recovered(IEnumerable<SoakUser> people) => people.Sum(p => p.Requests
        .Zip(p.Requests.Skip(1))
        .Count(pair => pair.First.Error == SoakError.RefusedDuringKill && pair.Second.Retry && pair.Second.What == pair.First.What && pair.Second.Error == SoakError.None));
}
