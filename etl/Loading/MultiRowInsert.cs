using System.Data.Common;
using System.Text.RegularExpressions;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Rows gathered into multi-row <c>INSERT … VALUES (…), (…), …</c> statements, so a database server
/// is asked once for each batch of rows rather than once for each. The full-size statement is
/// built once and run again for every full batch; the rows left at the end go in one shorter one.
/// </summary>
internal sealed partial class MultiRowInsert : IRowWriter
{
    /// <summary>SQL Server takes at most 2,100 parameters in a request and 1,000 rows in a VALUES list.</summary>
    public const int MaxParameters = 2100;

    public const int MaxRows = 1000;

    private const int DefaultRows = 100;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _sql;
    private readonly string[] _names;
    private readonly List<object?[]> _held = [];
    private DbCommand? _full;

    public MultiRowInsert(DbConnection connection, DbTransaction transaction, string sql, string[] parameterNames, int rowsPerStatement = DefaultRows)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        (_connection, _transaction, _sql, _names) = (connection, transaction, sql, parameterNames);
        RowsPerStatement = RowsFor(parameterNames.Length, rowsPerStatement);
        _ = Statement(sql, parameterNames, 1); // a statement this cannot batch is refused here, not at the first full batch
    }

    /// <summary>How many rows each full statement carries.</summary>
    public int RowsPerStatement { get; }

    /// <summary>The rows a full statement carries: as many as asked, within the server's limits.</summary>
    public static int RowsFor(int parameters, int rowsPerStatement = DefaultRows) =>
        Math.Min(Math.Min(rowsPerStatement, MaxRows), MaxParameters / parameters);

    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _held.Add([.. values]);
        if (_held.Count == RowsPerStatement)
        {
            Write();
        }
    }

    public void Complete()
    {
        if (_held.Count > 0)
        {
            Write();
        }
    }

    public void Dispose() => _full?.Dispose();

    /// <summary>
    /// A single-row <c>INSERT … VALUES (@a, @b)</c> made into one for <paramref name="rows"/> rows,
    /// each row's parameters numbered: <c>VALUES (@a_0, @b_0), (@a_1, @b_1), …</c>.
    /// </summary>
    public static string Statement(string sql, IReadOnlyCollection<string> parameterNames, int rows)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var values = sql.LastIndexOf("VALUES", StringComparison.OrdinalIgnoreCase);
        var start = values < 0 ? -1 : sql.IndexOf('(', values);
        var row = start < 0 ? string.Empty : sql[start..].TrimEnd().TrimEnd(';').TrimEnd();
        if (!row.EndsWith(')'))
        {
            throw new ArgumentException("Only a single-row INSERT … VALUES (…) statement can be written in batches.", nameof(sql));
        }

        var named = ParameterName().Matches(row).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!named.SetEquals(parameterNames))
        {
            throw new ArgumentException("The parameters named must be the statement's.", nameof(parameterNames));
        }

        var tuples = Enumerable.Range(0, rows).Select(i => ParameterName().Replace(row, m => $"{m.Value}_{i}"));
        return $"{sql[..start]}{string.Join(",\n       ", tuples)}";
    }

    private void Write()
    {
        var full = _held.Count == RowsPerStatement;
        var command = full ? _full ??= Command(RowsPerStatement) : Command(_held.Count);
        try
        {
            for (var r = 0; r < _held.Count; r++)
            {
                for (var p = 0; p < _names.Length; p++)
                {
                    command.Parameters[(r * _names.Length) + p].Value = _held[r][p] ?? DBNull.Value;
                }
            }

            command.ExecuteNonQuery();
            _held.Clear();
        }
        finally
        {
            if (!full)
            {
                command.Dispose();
            }
        }
    }

    private DbCommand Command(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = Statement(_sql, _names, rows);
        for (var r = 0; r < rows; r++)
        {
            foreach (var name in _names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"{name}_{r}";
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();
}
