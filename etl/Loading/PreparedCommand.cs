using System.Data.Common;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// A parameterised statement built once as a command and run for many rows within a transaction,
/// on either engine, its values given in the order the parameters were named.
/// </summary>
/// <remarks>
/// Not measured: nothing in tests/Benchmarks/README.md shows it faster than Dapper for its one
/// user, the timeliness refresh, which writes a row for each expected unit (about 220 a quarter).
/// Its values are paired with the parameters' names by their places in two lists, which the staged
/// tables' declarations (<see cref="StagedTable{TRow}"/>) do away with for staging.
/// </remarks>
internal sealed class PreparedCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public PreparedCommand(DbConnection connection, DbTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = [.. parameterNames.Select(name =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
            return parameter;
        })];
    }

    /// <summary>Runs the statement with values for the parameters, in the order they were named.</summary>
    public int Execute(params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
