using Microsoft.Data.Sqlite;
using VolunteerDW.Etl.Staging;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Loading;

public sealed class SqliteRowCommandTests
{
    [Fact]
    public async Task Rows_read_back_as_written_and_a_rollback_takes_them_away()
    {
        await using var table = await RowTable.CreateAsync();
        var rows = RowTable.Sample(2);

        await using (var transaction = table.Connection.BeginTransaction())
        {
            using var insert = RowWriter.Open(transaction, RowTable.Table);
            Assert.IsType<SqliteRowCommand<RowTable.Row>>(insert);
            foreach (var row in rows)
            {
                insert.Add(row);
            }

            Assert.Equal(rows, await table.RowsAsync(transaction));
            await transaction.RollbackAsync();
        }

        Assert.Empty(await table.RowsAsync());
    }

    [Fact]
    public async Task A_failed_row_raises_the_engines_error_and_the_command_goes_on_with_the_next()
    {
        await using var table = await RowTable.CreateAsync();
        using var insert = new SqliteRowCommand<RowTable.Row>(table.Connection, RowTable.Table);

        insert.Add(new RowTable.Row(1, "first", null, null));
        var error = Assert.Throws<SqliteException>(() => insert.Add(new RowTable.Row(2, null, null, null)));
        insert.Add(new RowTable.Row(3, "third", null, null));

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: name is NOT NULL
        Assert.Contains("NOT NULL", error.Message, StringComparison.Ordinal);
        Assert.Equal([1L, 3L], (await table.RowsAsync()).Select(r => r.Id));
    }
}
