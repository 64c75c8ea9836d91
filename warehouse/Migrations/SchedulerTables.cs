namespace VolunteerDW.Warehouse.Migrations;

/// <summary>
/// The tables of the service's job store (migration 0017): Quartz.NET's own, which it reads, writes
/// and checks itself. Like the migrations' journal, they are not the warehouse's: the data
/// dictionary, the key tests of <c>vdw check</c> and the comparison of the two engines' schemas
/// leave them to Quartz.
/// </summary>
public static class SchedulerTables
{
    /// <summary>Every one of them is named with this prefix.</summary>
    public const string Prefix = "QRTZ_";

    /// <summary>The same, as a LIKE pattern with <c>\</c> as its escape character.</summary>
    public const string Pattern = @"QRTZ\_%";

    public static bool Contains(string table) => table.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
