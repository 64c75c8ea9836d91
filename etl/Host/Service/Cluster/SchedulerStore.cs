using System.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Quartz;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Host.Service.Cluster;

/// <summary>
/// Where the service keeps its schedule: Quartz's clustered job store in the warehouse's own
/// database (the tables of migration 0017), shared by every <c>vdw serve</c> on the warehouse. Each
/// fire is taken by one node under the store's lock; a node that stops checking in is taken for dead
/// after <see cref="ClusterSettings.Failover"/>, and the fires it was running are run again by
/// another node (the jobs ask for recovery).
/// </summary>
public static class SchedulerStore
{
    /// <summary>A fire taken later than this after it was due is a misfire: it runs once, at once, for every fire missed.</summary>
    public static readonly TimeSpan MisfireThreshold = TimeSpan.FromMinutes(1);

    // The statement that takes one of the store's locks. SQLite has no row locks: the transaction it
    // runs in began IMMEDIATE and already holds the database's write lock, so reading the row is
    // enough, and the row is there to be read.
    private const string SqliteLockRow = "SELECT * FROM {0}LOCKS WHERE SCHED_NAME = @schedulerName AND LOCK_NAME = @lockName";

    public static void Use(IQuartzBuilder quartz, WarehouseConnectionFactory warehouse, ClusterSettings cluster)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(cluster);
        quartz.UsePersistentStore(store =>
        {
            if (warehouse.Settings.Engine == WarehouseEngine.Sqlite)
            {
                // First: the store takes the first dialect it is given, and UseSqlite names Quartz's own.
                store.UseDriverDelegate<ClusteredSqliteDialect>();
                store.UseSqlite(SqliteFactory.Instance, warehouse.EffectiveConnectionString);
            }
            else
            {
                store.UseSqlServer(SqlClientFactory.Instance, warehouse.Settings.ConnectionString);
            }

            store.UseClustering(clustering =>
            {
                clustering.CheckinInterval = cluster.CheckinInterval;
                clustering.CheckinMisfireThreshold = cluster.FailedAfter;
            });
            store.ConfigureStore(options =>
            {
                options.TablePrefix = ClusterSettings.TablePrefix;
                // Created by the warehouse's migrations, never by the scheduler; checked at start.
                options.SchemaProvisioning = SchemaProvisioning.Validate;
                options.StoreJobDataAsStrings = true;
                options.MisfireThreshold = MisfireThreshold;
                if (warehouse.Settings.Engine == WarehouseEngine.Sqlite)
                {
                    options.TransactionIsolationLevel = IsolationLevel.Serializable;
                    options.AcquireTriggersWithinLock = true;
                    options.LockFreeFiringRounds = false;
                    options.SelectWithLockSql = SqliteLockRow;
                }
            });
        });
    }
}
