using System.Reflection;
using VolunteerDW.Etl.Conforming;
using VolunteerDW.Etl.History;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Etl.Service;
using VolunteerDW.Etl.Staging;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Reporting;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.ReferenceData;
using VolunteerDW.Warehouse.Timeliness;
using VolunteerDW.Warehouse.Views;

namespace VolunteerDW.Tests.Support;

/// <summary>A statement the product sends to a warehouse, under a name that says where it is kept.</summary>
internal sealed record ProductStatement(string Name, string Sql);

/// <summary>
/// Every statement the product sends to a warehouse, found where the product keeps them: the
/// classes that hold a stage's statements as constants, the query files, the data tests, the
/// views, and the few statements written for SQL Server alone.
/// </summary>
internal static class ProductStatements
{
    // The classes that keep a stage's statements as constants.
    private static readonly Type[] Holders =
    [
        typeof(LoaderSql), typeof(StagingSql), typeof(ConformingSql), typeof(QualitySql), typeof(ServiceSql),
        typeof(TimelinessSql), typeof(DimensionSql), typeof(ReferenceFigureSql), typeof(AccountSql), typeof(ReportCacheSql),
        typeof(HistorySql), typeof(NoticeSql),
    ];

    /// <summary>Statements that run unchanged on both engines.</summary>
    public static IReadOnlyList<ProductStatement> Portable { get; } =
    [
        .. TSqlKeys.SqlServerDataTests.Select(t => new ProductStatement($"data test {t.Name}", t.Sql)),
        .. ViewCatalog.All.Select(v => new ProductStatement($"view {v.Name}", v.Sql)),
        .. QueryFiles().Select(path => new ProductStatement(RepoPaths.Relative(path), File.ReadAllText(path))),
        .. Holders.SelectMany(Constants),
    ];

    /// <summary>
    /// What only SQL Server is sent: the dialect's statements, the service lock, the catalogue reads
    /// of <c>vdw check</c>, and each staging table's multi-row INSERT at its full size.
    /// </summary>
    public static IReadOnlyList<ProductStatement> SqlServerOnly { get; } =
    [
        new("SqlDialect.LoadLock", SqlDialect.SqlServer.LoadLock!),
        new("SqlDialect.LastInsertedKey", SqlDialect.SqlServer.LastInsertedKey),
        new("WarehouseLock.AcquireSql", WarehouseLock.AcquireSql),
        new("WarehouseLock.ReleaseSql", WarehouseLock.ReleaseSql),
        new("SchemaKeys.SqlServerUniqueKeys", SchemaKeys.SqlServerUniqueKeys),
        new("SchemaKeys.SqlServerForeignKeys", SchemaKeys.SqlServerForeignKeys),
        .. StagingDeclarations.All.Select(d => new ProductStatement(
            $"{d.Table} INSERT at full size", d.Insert(MultiRowInsert.RowsFor(d.Columns.Count)))),
    ];

    /// <summary>The statements a SQL Server warehouse is sent; the views are not among them, being created by the migrations.</summary>
    public static IEnumerable<ProductStatement> SentToSqlServer =>
        Portable.Where(s => !s.Name.StartsWith("view ", StringComparison.Ordinal)).Concat(SqlServerOnly);

    private static IEnumerable<string> QueryFiles() =>
        RepoPaths.Files(".sql", "etl", "Queries").Concat(RepoPaths.Files(".sql", "warehouse", "Checks")).Concat(RepoPaths.Files(".sql", "reports", "Queries"))
            .Concat(RepoPaths.Files(".sql", "warehouse", "Examples"));

    private static IEnumerable<ProductStatement> Constants(Type holder) =>
        holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => (f.IsLiteral || f.IsInitOnly) && f.FieldType == typeof(string))
            .Select(f => new ProductStatement($"{holder.Name}.{f.Name}", (string)f.GetValue(null)!));
}
