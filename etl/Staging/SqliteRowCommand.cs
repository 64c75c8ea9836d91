using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace VolunteerDW.Etl.Staging;

/// <summary>
/// A staged table's one-row INSERT, prepared once on the SQLite connection's own handle and run
/// for every row, each value bound to the parameter of its own column. It runs inside whatever
/// transaction the connection has open.
/// </summary>
/// <remarks>
/// Measured: profiling the writer (sampled stacks; tests/Benchmarks/README.md, "Staging through
/// the provider's command") found the provider's command looking every parameter up by name and
/// opening a data reader on each execution of the row-by-row staging insert. It is one of the
/// changes behind the quarter's 3.18 s to 1.47 s in the before-and-after table; its own share of
/// that was not measured apart.
/// </remarks>
internal sealed class SqliteRowCommand<TRow> : IRowWriter<TRow>, IColumnBinder
{
    private readonly StagedTable<TRow> _table;
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    public SqliteRowCommand(SqliteConnection connection, StagedTable<TRow> table)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, table.Insert(1), out _statement));
        _positions = [.. table.Columns.Select((_, column) => raw.sqlite3_bind_parameter_index(_statement, table.Parameter(column, 0)))];
    }

    /// <summary>Writes the row at once.</summary>
    public void Add(TRow row)
    {
        try
        {
            _table.Bind(row, this);
            var done = raw.sqlite3_step(_statement);
            if (done != raw.SQLITE_DONE)
            {
                Check(done);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Nothing is held back: every row was written when it was added.</summary>
    public void Complete()
    {
    }

    public void Dispose() => _statement.Dispose();

    void IColumnBinder.Text(int column, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, _positions[column]) : raw.sqlite3_bind_text(_statement, _positions[column], value));

    void IColumnBinder.Number(int column, long? value) =>
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, _positions[column], number) : raw.sqlite3_bind_null(_statement, _positions[column]));

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
