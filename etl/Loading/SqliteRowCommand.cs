using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// A SQLite statement prepared once on the connection's own handle, its parameters bound by
/// position. The provider's command looks every parameter up by name and opens a reader on each
/// execution, which costs more than the insert itself when a submission stages thousands of rows.
/// It runs inside whatever transaction the connection has open. Text, whole numbers, decimals and
/// nulls only.
/// </summary>
internal sealed class SqliteRowCommand : IRowWriter
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    public SqliteRowCommand(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        _positions = [.. parameterNames.Select(name => raw.sqlite3_bind_parameter_index(_statement, name) is > 0 and var position
            ? position
            : throw new ArgumentException($"The statement has no parameter {name}.", nameof(parameterNames)))];
    }

    /// <summary>Writes the row at once.</summary>
    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        try
        {
            for (var i = 0; i < _positions.Length; i++)
            {
                Check(Bind(_positions[i], values[i]));
            }

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

    private int Bind(int position, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, position),
        string text => raw.sqlite3_bind_text(_statement, position, text),
        int number => raw.sqlite3_bind_int64(_statement, position, number),
        long number => raw.sqlite3_bind_int64(_statement, position, number),
        double number => raw.sqlite3_bind_double(_statement, position, number),
        _ => throw new ArgumentException($"{value.GetType().Name} values are not bound by this command.", nameof(value)),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
