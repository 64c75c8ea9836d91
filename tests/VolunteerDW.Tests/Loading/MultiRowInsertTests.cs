using System.Text.RegularExpressions;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// The server engine's staging writer, run here through the provider on SQLite (the same
/// multi-row INSERT both engines accept) and parsed as the T-SQL it sends to SQL Server.
/// </summary>
public sealed partial class MultiRowInsertTests
{
    public static TheoryData<string> StagingStatements() => [nameof(LoaderSql.StageSubjectCount), nameof(LoaderSql.StageProgramme), nameof(LoaderSql.StagePractice)];

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
        using var insert = new MultiRowInsert(table.Connection, transaction, RowTable.Insert, RowTable.Parameters, rowsPerStatement: 100);

        foreach (var row in rows)
        {
            insert.Add(row.Values());
        }

        Assert.Equal(count / 100 * 100, (await table.RowsAsync(transaction)).Count);
        insert.Complete();
        Assert.Equal(rows, await table.RowsAsync(transaction));
    }

    [Theory]
    [MemberData(nameof(StagingStatements))]
    public void A_staging_statement_at_full_size_parses_as_TSql_within_SQL_Servers_limits(string name)
    {
        var single = (string)typeof(LoaderSql).GetField(name)!.GetValue(null)!;
        var parameters = ParameterName().Matches(single).Select(m => m.Value).Distinct().ToList();
        var rows = MultiRowInsert.RowsFor(parameters.Count);

        var sql = MultiRowInsert.Statement(single, parameters, rows);

        TSql.Parse(sql, $"{name} × {rows}");
        var sent = ParameterName().Matches(sql).Select(m => m.Value).ToList();
        Assert.Equal(rows * parameters.Count, sent.Distinct().Count());
        Assert.InRange(sent.Count, parameters.Count * 2, MultiRowInsert.MaxParameters);
        Assert.InRange(rows, 2, MultiRowInsert.MaxRows);
    }

    [Fact]
    public void Only_a_single_row_insert_with_the_parameters_named_can_be_batched()
    {
        Assert.Throws<ArgumentException>(() => MultiRowInsert.Statement(LoaderSql.ConformProgrammes, ["@submission"], 2));
        Assert.Throws<ArgumentException>(() => MultiRowInsert.Statement(RowTable.Insert, RowTable.Parameters[..4], 2));
        Assert.Equal(
            "INSERT INTO t (a, b) VALUES (@a_0, 'x(y)'),\n       (@a_1, 'x(y)')",
            MultiRowInsert.Statement("INSERT INTO t (a, b) VALUES (@a, 'x(y)')", ["@a"], 2));
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();
}
