using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Etl.Staging;

/// <summary>
/// Writes many rows into a staged table within the connection's open transaction, as cheaply as
/// the engine allows. Rows may be held back until <see cref="Complete"/>.
/// </summary>
internal interface IRowWriter<in TRow> : IDisposable
{
    void Add(TRow row);

    /// <summary>Writes any rows still held back; call it before reading what was written.</summary>
    void Complete();
}

/// <summary>
/// Chooses how a submission's rows are staged. Everything else the loader runs goes through Dapper:
/// those statements run once or a few times per submission, and they were not among what profiling
/// the writer found (tests/Benchmarks/README.md).
/// </summary>
internal static class RowWriter
{
    /// <summary>
    /// In-process SQLite: each row at once, through the connection's own handle. A server: many
    /// rows to a statement, one round trip for each batch rather than for each row.
    /// </summary>
    public static IRowWriter<TRow> Open<TRow>(DbTransaction transaction, StagedTable<TRow> table)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction.Connection switch
        {
            SqliteConnection sqlite => new SqliteRowCommand<TRow>(sqlite, table),
            { } server => new MultiRowInsert<TRow>(server, transaction, table),
            null => throw new InvalidOperationException("The transaction has ended."),
        };
    }
}
