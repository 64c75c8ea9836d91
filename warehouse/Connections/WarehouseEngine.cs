namespace VolunteerDW.Warehouse.Connections;

/// <summary>The database engines the warehouse runs on.</summary>
public enum WarehouseEngine
{
    /// <summary>The embedded default: a local file, no server.</summary>
    Sqlite,

    /// <summary>The production warehouse the ministry runs and Power BI connects to.</summary>
    SqlServer,
}
