using VolunteerDW.Etl.Intake;

namespace VolunteerDW.Etl.Loading;

/// <summary>How a load runs.</summary>
public sealed record LoadOptions
{
    /// <summary>When files count as received (default: now).</summary>
    public ReceivedTime Received { get; init; } = ReceivedTime.Now;

    public ArchiveLimits Limits { get; init; } = new();

    /// <summary>A unit's total growing or falling more than this many times against the previous quarter is a warning.</summary>
    public double JumpFactor { get; init; } = 3.0;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long to wait for another load of the same warehouse to end before giving up.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Called once if another load is running when this one starts.</summary>
    public Action? WhileWaiting { get; init; }

    /// <summary>
    /// Whether the sender may send a return for a unit (its version at the quarter's end); a return
    /// for another is rejected like any other mistake. Null: anyone may (the command line, the inbox).
    /// </summary>
    public Func<Warehouse.Dimensions.UnitVersionRow, bool>? MaySend { get; init; }

    /// <summary>Who sends the files through the portal, for the workflow's record; null: the command line or the inbox.</summary>
    public Workflow.WorkflowActor? Sender { get; init; }

    /// <summary>Called for each file given, in order, once every workbook it held is decided and committed.</summary>
    public Action<LoadedFile>? FileCommitted { get; init; }
}
