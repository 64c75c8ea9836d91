using Dapper;
using Microsoft.Data.Sqlite;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

public sealed class SqliteRowCommandTests
{
    private const string Insert = "INSERT INTO t (id, name, count, amount, ratio) VALUES (@id, @name, @count, @amount, @ratio)";
    private static readonly string[] Parameters = ["@id", "@name", "@count", "@amount", "@ratio"];

    private sealed record Row(long Id, string? Name, long? Count, long? Amount, double? Ratio);

    private static async Task<SqliteConnection> OpenAsync(TestWarehouse warehouse)
    {
        var connection = (SqliteConnection)await warehouse.Connections.OpenAsync(createIfMissing: true);
        await connection.ExecuteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, count INTEGER, amount INTEGER, ratio REAL)");
        return connection;
    }

    [Fact]
    public async Task Rows_bound_by_position_read_back_as_written_and_a_rollback_takes_them_away()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        await using var connection = await OpenAsync(warehouse);
        Row[] rows = [new(1, "Ақтөбе «№1» — 'x'", 7, 5_000_000_000L, 0.25), new(2, "", null, null, null)];

        await using (var transaction = connection.BeginTransaction())
        {
            using var insert = PreparedCommand.ForRows(connection, transaction, Insert, Parameters);
            Assert.IsType<SqliteRowCommand>(insert);
            Assert.All(rows, r => Assert.Equal(1, insert.Execute((int)r.Id, r.Name, r.Count is { } c ? (int)c : null, r.Amount, r.Ratio)));
            Assert.Equal(rows, await connection.QueryAsync<Row>("SELECT id, name, count, amount, ratio FROM t ORDER BY id", transaction: transaction));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM t"));
    }

    [Fact]
    public async Task A_failed_row_raises_the_engines_error_and_the_command_goes_on_with_the_next()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        await using var connection = await OpenAsync(warehouse);
        using var insert = new SqliteRowCommand(connection, Insert, Parameters);

        insert.Execute(1, "first", null, null, null);
        var error = Assert.Throws<SqliteException>(() => insert.Execute(2, null, null, null, null));
        insert.Execute(3, "third", null, null, null);

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: name is NOT NULL
        Assert.Contains("NOT NULL", error.Message, StringComparison.Ordinal);
        Assert.Equal([1L, 3L], await connection.QueryAsync<long>("SELECT id FROM t ORDER BY id"));
    }

    [Fact]
    public async Task Unknown_parameters_and_unsupported_values_are_refused()
    {
        await using var warehouse = await TestWarehouse.EmptyAsync(WarehouseEngine.Sqlite);
        await using var connection = await OpenAsync(warehouse);

        Assert.Throws<ArgumentException>(() => new SqliteRowCommand(connection, Insert, [.. Parameters[..4], "@missing"]));
        using var insert = new SqliteRowCommand(connection, Insert, Parameters);
        Assert.Throws<ArgumentException>(() => insert.Execute(1, "x", null, null, DateTime.UtcNow));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM t"));
    }
}
