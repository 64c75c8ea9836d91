using System.Data.Common;
using Quartz.Impl.AdoJobStore;

namespace VolunteerDW.Host.Service.Cluster;

/// <summary>
/// Quartz's SQLite dialect for a clustered store. Quartz's own <see cref="SQLiteDelegate"/> refuses
/// to cluster, because for SQLite it serialises the store's work with a lock inside one process,
/// which a second process does not see. On this warehouse the database itself serialises it: every
/// transaction Quartz opens on Microsoft.Data.Sqlite begins IMMEDIATE, taking SQLite's one write
/// lock — across processes — before its first statement, so the store's row lock
/// (<see cref="SchedulerStore"/>) is held by one node at a time, as on SQL Server. What differs from
/// the standard dialect is SQLite's way of paging and limiting rows, which this writes as
/// <see cref="SQLiteDelegate"/> does.
/// </summary>
public sealed class ClusteredSqliteDialect : StdAdoDelegate
{
    protected override string ApplyPaging(string sql, bool takeLimited) =>
        takeLimited ? sql + " LIMIT @pageTake OFFSET @pageSkip" : sql + " LIMIT -1 OFFSET @pageSkip";

    protected override void AddPagingParameters(DbCommand cmd, int skip, int take, bool takeLimited)
    {
        if (takeLimited)
        {
            AddCommandParameter(cmd, "pageTake", take);
        }

        AddCommandParameter(cmd, "pageSkip", skip);
    }

    protected override SqlRowLimit GetRowLimit(int count) => SqlRowLimit.AtStatementEnd("LIMIT", count);
}
