using System.Reflection;
using VolunteerDW.Warehouse.Connections;
using Xunit.Sdk;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Runs a theory on SQLite, the engine every test runs on. Its last parameter is the engine, named
/// <c>engine</c> (the test summary counts results by it). Given the name of a static member of the
/// test class holding rows, it runs each row with the engine added at the end.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteEngineAttribute(string? cases = null) : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => EngineRows.For(testMethod, cases, WarehouseEngine.Sqlite);
}

/// <summary>
/// Runs a theory on SQL Server when <c>VDW_SQLSERVER_CONNECTION</c> holds a connection string
/// (a login that may create databases); reports it skipped, and why, when not. Takes rows as
/// <see cref="SqliteEngineAttribute"/> does.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqlServerEngineAttribute : DataAttribute
{
    private readonly string? _cases;

    public SqlServerEngineAttribute(string? cases = null)
    {
        _cases = cases;
        if (TestWarehouse.SqlServerConnection is null)
        {
            Skip = $"SQL Server not configured: set {TestWarehouse.SqlServerVariable} to run this on SQL Server.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => EngineRows.For(testMethod, _cases, WarehouseEngine.SqlServer);
}

internal static class EngineRows
{
    public static IEnumerable<object[]> For(MethodInfo testMethod, string? cases, WarehouseEngine engine)
    {
        if (cases is null)
        {
            return [[engine]];
        }

        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        var type = testMethod.DeclaringType!;
        var value = type.GetProperty(cases, Static)?.GetValue(null)
            ?? type.GetMethod(cases, Static, Type.EmptyTypes)?.Invoke(null, null)
            ?? type.GetField(cases, Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{type.Name} has no static member {cases} holding rows.");
        return ((IEnumerable<object[]>)value).Select(row => (object[])[.. row, engine]);
    }
}
