using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Writes many rows through one single-row <c>INSERT … VALUES (…)</c> statement, within the
/// connection's open transaction, as cheaply as the engine allows. Rows may be held back until
/// <see cref="Complete"/>.
/// </summary>
internal interface IRowWriter : IDisposable
{
    /// <summary>A row: values for the statement's parameters, in the order they were named.</summary>
    void Add(params object?[] values);

    /// <summary>Writes any rows still held back; call it before reading what was written.</summary>
    void Complete();
}

internal static class RowWriter
{
    /// <summary>
    /// In-process SQLite: each row at once, through the connection's own handle. A server: many
    /// rows to a statement, one round trip for each batch rather than for each row.
    /// </summary>
    public static IRowWriter Open(DbConnection connection, DbTransaction transaction, string sql, params string[] parameterNames) =>
        connection is SqliteConnection sqlite
            ? new SqliteRowCommand(sqlite, sql, parameterNames)
            : new MultiRowInsert(connection, transaction, sql, parameterNames);
}
