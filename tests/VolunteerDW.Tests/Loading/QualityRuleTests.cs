using Dapper;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>The rules the loader records findings under are the rules the warehouse holds: a code missing from either side would record nothing.</summary>
public sealed class QualityRuleTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task Every_rule_the_loader_records_is_seeded_in_dim_dq_rule_and_every_seeded_rule_has_its_code(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        var seeded = (await connection.QueryAsync<string>("SELECT code FROM dim_dq_rule")).Order(StringComparer.Ordinal);

        Assert.Equal(QualityRules.All.Order(StringComparer.Ordinal), seeded);
    }
}
