namespace VolunteerDW.Warehouse.Checks;

/// <summary>
/// Every data test of the warehouse: generic tests (unique, not null, relationships) declared
/// here per table, and the invariants written as SQL files in <c>warehouse/Checks/</c>.
/// </summary>
public static class DataTestCatalog
{
    /// <summary>Column sets that must be unique.</summary>
    public static IReadOnlyList<(string Table, string[] Columns)> UniqueKeys { get; } =
    [
        ("dim_date", ["date_key"]),
        ("dim_date", ["full_date"]),
        ("dim_quarter", ["quarter_key"]),
        ("dim_quarter", ["quarter_seq"]),
        ("dim_region", ["region_sk"]),
        ("dim_region", ["kato_code", "valid_from_key"]),
        ("dim_subject_type", ["subject_type_key"]),
        ("dim_subject_type", ["code"]),
        ("dim_activity_type", ["activity_type_key"]),
        ("dim_activity_type", ["code"]),
        ("dim_dq_rule", ["code"]),
        ("dim_submission", ["submission_key"]),
        ("dim_submission", ["content_hash"]),
        ("dim_submission", ["unit_kato", "quarter_key", "version"]),
        ("fact_subjects", ["submission_key", "subject_type_key", "activity_type_key"]),
        ("fact_region_claim", ["submission_key", "subject_type_key", "activity_type_key"]),
        ("fact_programme", ["programme_key"]),
        ("fact_programme", ["submission_key", "source_row"]),
        ("fact_practice", ["practice_key"]),
        ("fact_practice", ["submission_key", "source_row"]),
        ("fact_submission_timeliness", ["quarter_key", "region_sk"]),
        ("etl_job_run", ["job_run_key"]),
        ("dim_code_label", ["code_list", "code"]),
        ("sec_user_region", ["user_name", "region_kato"]),
    ];

    /// <summary>Columns that must always hold a value.</summary>
    public static IReadOnlyList<(string Table, string Column)> NotNullColumns { get; } =
    [
        ("dim_region", "kato_code"), ("dim_region", "name_kk"), ("dim_region", "name_ru"),
        ("dim_region", "valid_from_key"), ("dim_region", "valid_to_key"), ("dim_region", "is_current"),
        ("dim_quarter", "tier1_deadline_key"), ("dim_quarter", "tier2_deadline_key"), ("dim_quarter", "half_report_deadline_key"),
        ("dim_submission", "unit_kato"), ("dim_submission", "region_sk"), ("dim_submission", "quarter_key"),
        ("dim_submission", "status"), ("dim_submission", "content_hash"), ("dim_submission", "received_at_utc"),
        ("fact_subjects", "region_sk"), ("fact_subjects", "quarter_key"),
        ("fact_programme", "region_sk"), ("fact_programme", "quarter_key"), ("fact_programme", "programme_kind"),
        ("fact_practice", "region_sk"), ("fact_practice", "quarter_key"), ("fact_practice", "practice_kind"),
        ("fact_region_claim", "region_sk"), ("fact_region_claim", "quarter_key"),
        ("fact_submission_timeliness", "status"), ("fact_submission_timeliness", "deadline_key"),
        ("fact_dq_finding", "rule_key"), ("fact_dq_finding", "run_key"),
        ("etl_job_run", "job_name"), ("etl_job_run", "scheduled_for_utc"), ("etl_job_run", "instance"),
        ("dim_code_label", "name_kk"), ("dim_code_label", "name_ru"),
        ("sec_user_region", "user_name"), ("sec_user_region", "region_kato"),
    ];

    /// <summary>Every foreign key of the schema: child table and column, parent table and column.</summary>
    public static IReadOnlyList<(string Table, string Column, string Parent, string ParentColumn)> Relationships { get; } =
    [
        ("dim_quarter", "first_day_key", "dim_date", "date_key"),
        ("dim_quarter", "last_day_key", "dim_date", "date_key"),
        ("dim_quarter", "tier1_deadline_key", "dim_date", "date_key"),
        ("dim_quarter", "tier2_deadline_key", "dim_date", "date_key"),
        ("dim_quarter", "half_report_deadline_key", "dim_date", "date_key"),
        ("dim_submission", "region_sk", "dim_region", "region_sk"),
        ("dim_submission", "quarter_key", "dim_quarter", "quarter_key"),
        ("dim_submission", "superseded_by_key", "dim_submission", "submission_key"),
        ("dim_submission", "submitted_on_key", "dim_date", "date_key"),
        ("dim_submission", "received_date_key", "dim_date", "date_key"),
        ("dim_submission", "load_run_key", "etl_run", "run_key"),
        ("fact_subjects", "submission_key", "dim_submission", "submission_key"),
        ("fact_subjects", "subject_type_key", "dim_subject_type", "subject_type_key"),
        ("fact_subjects", "activity_type_key", "dim_activity_type", "activity_type_key"),
        ("fact_subjects", "region_sk", "dim_region", "region_sk"),
        ("fact_subjects", "quarter_key", "dim_quarter", "quarter_key"),
        ("fact_programme", "submission_key", "dim_submission", "submission_key"),
        ("fact_programme", "region_sk", "dim_region", "region_sk"),
        ("fact_programme", "quarter_key", "dim_quarter", "quarter_key"),
        ("fact_programme", "activity_type_key", "dim_activity_type", "activity_type_key"),
        ("fact_programme", "start_date_key", "dim_date", "date_key"),
        ("fact_programme", "end_date_key", "dim_date", "date_key"),
        ("fact_practice", "submission_key", "dim_submission", "submission_key"),
        ("fact_practice", "region_sk", "dim_region", "region_sk"),
        ("fact_practice", "quarter_key", "dim_quarter", "quarter_key"),
        ("fact_practice", "activity_type_key", "dim_activity_type", "activity_type_key"),
        ("fact_region_claim", "submission_key", "dim_submission", "submission_key"),
        ("fact_region_claim", "subject_type_key", "dim_subject_type", "subject_type_key"),
        ("fact_region_claim", "activity_type_key", "dim_activity_type", "activity_type_key"),
        ("fact_region_claim", "region_sk", "dim_region", "region_sk"),
        ("fact_region_claim", "quarter_key", "dim_quarter", "quarter_key"),
        ("fact_submission_timeliness", "quarter_key", "dim_quarter", "quarter_key"),
        ("fact_submission_timeliness", "region_sk", "dim_region", "region_sk"),
        ("fact_submission_timeliness", "deadline_key", "dim_date", "date_key"),
        ("fact_submission_timeliness", "first_submission_key", "dim_submission", "submission_key"),
        ("fact_submission_timeliness", "first_accepted_date_key", "dim_date", "date_key"),
        ("fact_dq_finding", "run_key", "etl_run", "run_key"),
        ("fact_dq_finding", "rule_key", "dim_dq_rule", "rule_key"),
        ("fact_dq_finding", "region_sk", "dim_region", "region_sk"),
        ("fact_dq_finding", "quarter_key", "dim_quarter", "quarter_key"),
        ("fact_dq_finding", "submission_key", "dim_submission", "submission_key"),
        ("fact_dq_finding", "subject_type_key", "dim_subject_type", "subject_type_key"),
        ("fact_dq_finding", "activity_type_key", "dim_activity_type", "activity_type_key"),
    ];

    /// <summary>All data tests: the generic ones, then the SQL files.</summary>
    public static IReadOnlyList<DataTest> All { get; } =
    [
        .. UniqueKeys.Select(k => new DataTest(
            $"unique_{k.Table}_{string.Join("_", k.Columns)}",
            $"{k.Table} ({string.Join(", ", k.Columns)}) is unique",
            $"SELECT {string.Join(", ", k.Columns)}, COUNT(*) AS occurrences FROM {k.Table} GROUP BY {string.Join(", ", k.Columns)} HAVING COUNT(*) > 1")),
        .. NotNullColumns.Select(c => new DataTest(
            $"not_null_{c.Table}_{c.Column}",
            $"{c.Table}.{c.Column} is never empty",
            $"SELECT {c.Column} FROM {c.Table} WHERE {c.Column} IS NULL")),
        .. Relationships.Select(r => new DataTest(
            $"relationships_{r.Table}_{r.Column}",
            $"{r.Table}.{r.Column} refers to an existing {r.Parent}.{r.ParentColumn}",
            $"SELECT child.{r.Column} FROM {r.Table} AS child LEFT JOIN {r.Parent} AS parent ON parent.{r.ParentColumn} = child.{r.Column} WHERE child.{r.Column} IS NOT NULL AND parent.{r.ParentColumn} IS NULL")),
        .. SqlFileTests(),
    ];

    /// <summary>The folder of the SQL-file tests, as embedded.</summary>
    public const string Folder = "Checks/";

    private static IEnumerable<DataTest> SqlFileTests()
    {
        var assembly = typeof(DataTestCatalog).Assembly;
        foreach (var name in EmbeddedFiles.List(assembly, Folder))
        {
            var sql = EmbeddedFiles.Read(assembly, name);
            var description = sql.Split('\n', 2)[0].TrimStart('-', ' ').Trim();
            yield return new DataTest(Path.GetFileNameWithoutExtension(name), description, sql);
        }
    }
}
