using System.Data.Common;

namespace VolunteerDW.Etl.Staging;

/// <summary>SQL Server's limits on one statement, and how many rows a multi-row INSERT carries within them.</summary>
internal static class MultiRowInsert
{
    /// <summary>SQL Server takes at most 2,100 parameters in a request and 1,000 rows in a VALUES list.</summary>
    public const int MaxParameters = 2100;

    public const int MaxRows = 1000;

    public const int DefaultRows = 100;

    /// <summary>The rows a full statement carries: as many as asked, within the server's limits.</summary>
    public static int RowsFor(int columns, int rowsPerStatement = DefaultRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        return Math.Min(Math.Min(rowsPerStatement, MaxRows), MaxParameters / columns);
    }
}

/// <summary>
/// A staged table's rows gathered into multi-row <c>INSERT … VALUES (…), (…), …</c> statements, so
/// a database server is asked once for each batch of rows rather than once for each. The full-size
/// statement is built once and run again for every full batch; the rows left at the end go in one
/// shorter one. Each value is held at its row's and column's place and sent in the parameter named
/// for that column and row.
/// </summary>
/// <remarks>
/// Not measured: there is no SQL Server on the benchmark machine (tests/Benchmarks/README.md). It
/// is kept on the reasoning that each statement is a round trip to the server, a hundred rows to
/// one rather than one each, and it is tested through the provider on SQLite with every statement
/// it sends parsed as T-SQL.
/// </remarks>
internal sealed class MultiRowInsert<TRow> : IRowWriter<TRow>, IColumnBinder
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly StagedTable<TRow> _table;
    private readonly int _width;
    private object?[] _held = [];
    private int _rows;
    private DbCommand? _full;

    public MultiRowInsert(DbConnection connection, DbTransaction transaction, StagedTable<TRow> table, int rowsPerStatement = MultiRowInsert.DefaultRows)
    {
        ArgumentNullException.ThrowIfNull(table);
        (_connection, _transaction, _table) = (connection, transaction, table);
        _width = table.Columns.Count;
        RowsPerStatement = MultiRowInsert.RowsFor(_width, rowsPerStatement);
    }

    /// <summary>How many rows each full statement carries.</summary>
    public int RowsPerStatement { get; }

    public void Add(TRow row)
    {
        Reserve();
        _table.Bind(row, this);
        if (++_rows == RowsPerStatement)
        {
            Write();
        }
    }

    public void Complete()
    {
        if (_rows > 0)
        {
            Write();
        }
    }

    public void Dispose() => _full?.Dispose();

    void IColumnBinder.Text(int column, string? value) => _held[(_rows * _width) + column] = value;

    void IColumnBinder.Number(int column, long? value) => _held[(_rows * _width) + column] = value;

    // Room for one more row, grown by doubling up to a full statement's: a submission of a few
    // rows holds a few rows' room, not a hundred's.
    private void Reserve()
    {
        var needed = (_rows + 1) * _width;
        if (_held.Length < needed)
        {
            Array.Resize(ref _held, Math.Min(Math.Max(needed, _held.Length * 2), RowsPerStatement * _width));
        }
    }

    private void Write()
    {
        var full = _rows == RowsPerStatement;
        var command = full ? _full ??= Command(RowsPerStatement) : Command(_rows);
        try
        {
            for (var value = 0; value < _rows * _width; value++)
            {
                command.Parameters[value].Value = _held[value] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            Array.Clear(_held);
            _rows = 0;
        }
        finally
        {
            if (!full)
            {
                command.Dispose();
            }
        }
    }

    // Parameters in the order values are held, row after row, each named as the statement names it.
    private DbCommand Command(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = _table.Insert(rows);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < _width; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = _table.Parameter(column, row);
                parameter.DbType = _table.Columns[column].Type;
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }
}
