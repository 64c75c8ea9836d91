using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Etl.Loading;

/// <summary>A parameterised statement prepared once and executed many times within a transaction.</summary>
internal interface IPreparedCommand : IDisposable
{
    /// <summary>Runs the statement with values for the parameters, in the order they were named; returns the rows changed.</summary>
    int Execute(params object?[] values);
}

/// <summary>A prepared command through the engine's ADO.NET provider: any parameter type, on either engine.</summary>
internal sealed class PreparedCommand : IPreparedCommand
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

    /// <summary>
    /// The cheapest prepared command the engine offers for many rows of text and numbers: the
    /// thousands of staged rows of a submission.
    /// </summary>
    public static IPreparedCommand ForRows(DbConnection connection, DbTransaction transaction, string sql, params string[] parameterNames) =>
        connection is SqliteConnection sqlite
            ? new SqliteRowCommand(sqlite, sql, parameterNames)
            : new PreparedCommand(connection, transaction, sql, parameterNames);

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
