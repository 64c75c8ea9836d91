using System.Globalization;

namespace VolunteerDW.Warehouse.Diagnostics;

/// <summary>
/// Named steps of a load, a migration and a scheduled report where a process can be made to stop, so that a crash
/// test kills it at exactly that step rather than at a moment it guesses. A point is off unless the
/// environment variable <c>VDW_FAULT</c> names it (<c>load.conformed</c>, or <c>load.committed@2</c>
/// for its second time). When named, the process writes <c>vdw: fault point &lt;name&gt; reached</c>
/// on standard error at that step and waits there: until it is killed, or until a line arrives on its
/// standard input, when it goes on as if nothing had happened. Off, a point costs one comparison
/// with null.
/// </summary>
public static class FaultPoints
{
    public const string Variable = "VDW_FAULT";

    /// <summary>What the process writes on standard error when it stops at a point, before the point's name.</summary>
    public const string Marker = "vdw: fault point";

    /// <summary>Half of a submission's rows staged: its subject counts, not yet its programmes and practices.</summary>
    public const string Staging = "load.staging";

    /// <summary>A submission conformed and loaded into the facts, its savepoint not yet released.</summary>
    public const string Conformed = "load.conformed";

    /// <summary>A submission released within its batch, the batch's next submission not yet begun.</summary>
    public const string BetweenSubmissions = "load.between-submissions";

    /// <summary>A batch committed, its files not yet moved out of the inbox.</summary>
    public const string Committed = "load.committed";

    /// <summary>A quarter's timeliness rewritten after the load, not yet committed.</summary>
    public const string Timeliness = "load.timeliness";

    /// <summary>A migration script committed and journalled, the next not yet begun.</summary>
    public const string BetweenMigrations = "migrate.between-scripts";

    /// <summary>A scheduled job's report written for one region, the next region's not yet begun.</summary>
    public const string BetweenReports = "report.between-regions";

    /// <summary>Every point, for checking what the environment names.</summary>
    public static IReadOnlyList<string> All { get; } = [Staging, Conformed, BetweenSubmissions, Committed, Timeliness, BetweenMigrations, BetweenReports];

    private static readonly string? ArmedPoint = Parse(Environment.GetEnvironmentVariable(Variable)).Point;
    private static readonly int ArmedOccurrence = Parse(Environment.GetEnvironmentVariable(Variable)).Occurrence;
    private static int _reached;

    /// <summary>An error naming what is wrong with <c>VDW_FAULT</c>, or null when it is unset or names a point.</summary>
    public static string? ProblemWithSetting() =>
        ArmedPoint is null ? null
        : !All.Contains(ArmedPoint, StringComparer.Ordinal) ? $"{Variable} names no fault point '{ArmedPoint}'; the points are {string.Join(", ", All)}."
        : ArmedOccurrence < 1 ? $"{Variable} counts the times a point is reached from 1, as in {ArmedPoint}@2."
        : null;

    /// <summary>Stops here when the environment names this point (and this is the time it names).</summary>
    public static void Reach(string point)
    {
        if (ArmedPoint is not null && string.Equals(ArmedPoint, point, StringComparison.Ordinal)
            && Interlocked.Increment(ref _reached) == ArmedOccurrence)
        {
            Stop(point);
        }
    }

    private static void Stop(string point)
    {
        Console.Error.WriteLine($"{Marker} {Describe(point, ArmedOccurrence)} reached; waiting to be killed, or for a line on standard input to go on");
        Console.Error.Flush();
        if (Console.In.ReadLine() is null)
        {
            // No one can tell it to go on: it stays stopped, as a crashed process would.
            Thread.Sleep(Timeout.Infinite);
        }
    }

    private static (string? Point, int Occurrence) Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return (null, 0);
        }

        var at = setting.LastIndexOf('@');
        return at < 0
            ? (setting.Trim(), 1)
            : (setting[..at].Trim(), int.TryParse(setting[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
    }

    private static string Describe(string point, int occurrence) =>
        occurrence == 1 ? point : string.Create(CultureInfo.InvariantCulture, $"{point}@{occurrence}");
}
