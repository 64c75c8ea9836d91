using Dapper;
using Microsoft.Data.Sqlite;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Etl.Staging;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>
/// Every value a return stages reaches the column named for it. The return's fields all differ,
/// so two values exchanged anywhere between the sheet and the fact — in staging or in conforming —
/// read back in each other's columns.
/// </summary>
public sealed class StagedColumnTests
{
    private const string LoadId = "9b1f0c1e-0000-4000-8000-000000000001";

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_return_whose_every_field_differs_reads_back_from_the_facts_each_value_in_its_own_column(WarehouseEngine engine)
    {
        await using var harness = await LoadHarness.CreateAsync(engine);
        var builder = DistinctReturn.Builder();

        var result = await harness.LoadOneAsync(builder.WriteTo(harness.Folder));

        Assert.Equal(LoadOutcome.Loaded, result.Outcome);
        ColumnCheck.Equal("fact_subjects", [.. builder.Subjects.Select(DistinctReturn.Counted)], await harness.QueryAsync<object>(CountsIn("fact_subjects")));
        ColumnCheck.Equal("fact_region_claim", [.. builder.Consolidated.Select(DistinctReturn.Counted)], await harness.QueryAsync<object>(CountsIn("fact_region_claim")));
        ColumnCheck.Equal("fact_programme", [.. builder.Programmes.Select(InPartnership)], await harness.QueryAsync<object>(
            """
            SELECT f.source_row, f.programme_kind, f.title, act.code AS activity_type_code, f.start_date_key, f.end_date_key,
                   f.state_partner, f.in_partnership, f.volunteers, f.beneficiaries, f.volunteer_hours, f.funding_kzt
            FROM fact_programme AS f JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
            ORDER BY f.source_row
            """));
        ColumnCheck.Equal("fact_practice", [.. builder.Practices.Select(DistinctReturn.Practice)], await harness.QueryAsync<object>(
            """
            SELECT f.source_row, f.practice_kind, f.proposal_area, act.code AS activity_type_code, f.title, f.practice_text
            FROM fact_practice AS f LEFT JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
            ORDER BY f.source_row
            """));
    }

    /// <summary>
    /// The loader takes the multi-row writer only on a server; here it runs through the provider on
    /// SQLite, three rows to a statement so the subjects go in a full statement and a shorter one.
    /// </summary>
    [Theory]
    [InlineData("prepared on SQLite's handle")]
    [InlineData("many rows to a statement")]
    public async Task Staged_through_either_writer_every_value_lands_in_the_staging_column_named_for_it(string writer)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using var connection = (SqliteConnection)await warehouse.Connections.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var submission = DistinctReturn.Builder().Submission;

        Stage(transaction, writer, StagingSql.StagedSubjectCounts, [.. submission.Consolidated.Select(r => Row("consolidated", r)), .. submission.Subjects.Select(r => Row("subjects", r))]);
        Stage(transaction, writer, StagingSql.StagedProgrammes, [.. submission.Programmes.Select(r => Row("programmes", r))]);
        Stage(transaction, writer, StagingSql.StagedPractices, [.. submission.Practices.Select(r => Row("practices", r))]);

        ColumnCheck.Equal("stg_subject_count",
            [.. submission.Consolidated.Select(r => Staged(DistinctReturn.Counted(r), "consolidated")), .. submission.Subjects.Select(r => Staged(DistinctReturn.Counted(r), "subjects"))],
            await connection.QueryAsync("SELECT * FROM stg_subject_count ORDER BY sheet, source_row", transaction: transaction));
        ColumnCheck.Equal("stg_programme", [.. submission.Programmes.Select(r => Staged(DistinctReturn.Programme(r)))],
            await connection.QueryAsync("SELECT * FROM stg_programme ORDER BY source_row", transaction: transaction));
        ColumnCheck.Equal("stg_practice", [.. submission.Practices.Select(r => Staged(DistinctReturn.Practice(r)))],
            await connection.QueryAsync("SELECT * FROM stg_practice ORDER BY source_row", transaction: transaction));
    }

    private static StagedRow<T> Row<T>(string sheet, T row) => new(LoadId, sheet, row);

    private static void Stage<T>(SqliteTransaction transaction, string writer, StagedTable<StagedRow<T>> table, StagedRow<T>[] rows)
    {
        using IRowWriter<StagedRow<T>> insert = writer == "prepared on SQLite's handle"
            ? new SqliteRowCommand<StagedRow<T>>(transaction.Connection!, table)
            : new MultiRowInsert<StagedRow<T>>(transaction.Connection!, transaction, table, rowsPerStatement: 3);
        foreach (var row in rows)
        {
            insert.Add(row);
        }

        insert.Complete();
    }

    private static Dictionary<string, object?> Staged(Dictionary<string, object?> row, string? sheet = null)
    {
        row["load_id"] = LoadId;
        if (sheet is not null)
        {
            row["sheet"] = sheet;
        }

        return row;
    }

    private static Dictionary<string, object?> InPartnership(Programme row)
    {
        var columns = DistinctReturn.Programme(row);
        columns["in_partnership"] = row.StatePartner is null ? 0L : 1L;
        return columns;
    }

    private static string CountsIn(string fact) =>
        $"""
        SELECT f.source_row, st.code AS subject_type_code, act.code AS activity_type_code, f.subjects, f.people, f.new_subjects
        FROM {fact} AS f
        JOIN dim_subject_type AS st ON st.subject_type_key = f.subject_type_key
        JOIN dim_activity_type AS act ON act.activity_type_key = f.activity_type_key
        ORDER BY f.source_row
        """;
}
