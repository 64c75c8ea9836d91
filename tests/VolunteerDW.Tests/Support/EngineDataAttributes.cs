using System.Reflection;
using VolunteerDW.Warehouse.Connections;
using Xunit.Sdk;

namespace VolunteerDW.Tests.Support;

/// <summary>Runs a theory on SQLite, the engine every test runs on.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteEngineAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[WarehouseEngine.Sqlite]];
}

/// <summary>
/// Runs a theory on SQL Server when <c>VDW_SQLSERVER_CONNECTION</c> holds a connection string
/// (a login that may create databases); reports it skipped, and why, when not.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqlServerEngineAttribute : DataAttribute
{
    public SqlServerEngineAttribute()
    {
        if (TestWarehouse.SqlServerConnection is null)
        {
            Skip = $"SQL Server not configured: set {TestWarehouse.SqlServerVariable} to run this on SQL Server.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[WarehouseEngine.SqlServer]];
}
