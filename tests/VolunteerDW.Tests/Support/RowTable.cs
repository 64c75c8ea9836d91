using Dapper;
using Microsoft.Data.Sqlite;
using VolunteerDW.Etl.Staging;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Support;

/// <summary>A table of text, whole numbers and amounts past 32 bits in a SQLite file, for the loader's row writers.</summary>
internal sealed class RowTable : IAsyncDisposable
{
    public static readonly StagedTable<Row> Table = new StagedTable<Row>("t")
        .Number("id", r => r.Id)
        .Text("name", r => r.Name)
        .Number("count", r => r.Count)
        .Number("amount", r => r.Amount);

    private readonly TestWarehouse _warehouse;

    private RowTable(TestWarehouse warehouse, SqliteConnection connection) => (_warehouse, Connection) = (warehouse, connection);

    public SqliteConnection Connection { get; }

    public sealed record Row(long Id, string? Name, long? Count, long? Amount);

    public static async Task<RowTable> CreateAsync()
    {
        var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        var connection = (SqliteConnection)await warehouse.Connections.OpenAsync(createIfMissing: true);
        await connection.ExecuteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, count INTEGER, amount INTEGER)");
        return new RowTable(warehouse, connection);
    }

    /// <summary>Rows with every kind of value: text with quotes and Kazakh letters, numbers past 32 bits, empty text, nulls.</summary>
    public static Row[] Sample(int count) => [.. Enumerable.Range(1, count).Select(i => i % 2 == 1
        ? new Row(i, $"Ақтөбе «№{i}» — 'x'", i * 7, 5_000_000_000L + i)
        : new Row(i, "", null, null))];

    public async Task<List<Row>> RowsAsync(SqliteTransaction? transaction = null) =>
        [.. await Connection.QueryAsync<Row>("SELECT id, name, count, amount FROM t ORDER BY id", transaction: transaction)];

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await _warehouse.DisposeAsync();
    }
}
