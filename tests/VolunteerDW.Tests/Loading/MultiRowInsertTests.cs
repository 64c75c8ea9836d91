using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Etl.Staging;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// The server engine's staging writer, run here through the provider on SQLite (the same
/// multi-row INSERT both engines accept) and parsed as the T-SQL it sends to SQL Server.
/// </summary>
public sealed class MultiRowInsertTests
{
    public static TheoryData<string> StagingTables() => [.. StagingDeclarations.All.Select(d => d.Table)];

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(100)]
    [InlineData(250)]
    public async Task Rows_written_in_full_and_shorter_statements_read_back_as_written_in_order(int count)
    {
        await using var table = await RowTable.CreateAsync();
        var rows = RowTable.Sample(count);
        await using var transaction = table.Connection.BeginTransaction();
        using var insert = new MultiRowInsert<RowTable.Row>(table.Connection, transaction, RowTable.Table, rowsPerStatement: 100);

        foreach (var row in rows)
        {
            insert.Add(row);
        }

        Assert.Equal(count / 100 * 100, (await table.RowsAsync(transaction)).Count);
        insert.Complete();
        Assert.Equal(rows, await table.RowsAsync(transaction));
    }

    [Theory]
    [MemberData(nameof(StagingTables))]
    public void A_staging_tables_full_statement_parses_as_TSql_each_value_in_the_parameter_of_its_own_column(string name)
    {
        var declared = StagingDeclarations.Named(name);
        var rows = MultiRowInsert.RowsFor(declared.Columns.Count);

        var insert = ((InsertStatement)Assert.Single(Assert.Single(((TSqlScript)TSql.Parse(declared.Insert(rows), $"{name} × {rows}")).Batches).Statements))
            .InsertSpecification;

        Assert.Equal(name, ((NamedTableReference)insert.Target).SchemaObject.BaseIdentifier.Value);
        Assert.Equal(declared.Columns, insert.Columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value));
        var values = ((ValuesInsertSource)insert.InsertSource).RowValues;
        Assert.Equal(MultiRowInsert.DefaultRows, values.Count);
        Assert.InRange(values.Count * declared.Columns.Count, 1, MultiRowInsert.MaxParameters);
        Assert.All(values.Select((row, r) => (row, r)), v => Assert.Equal(
            declared.Columns.Select(column => $"@{column}_{v.r}"),
            v.row.ColumnValues.Select(value => Assert.IsType<VariableReference>(value).Name)));
    }
}
