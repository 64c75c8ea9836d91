using System.Globalization;
using System.Text;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>
/// Writes the seed script for the reference data, in either dialect, from the shipped CSV files:
/// one source for both engines. It runs once, as migration <see cref="Name"/>.
/// </summary>
public static class ReferenceDataScript
{
    /// <summary>The migration name the script is journalled under; it sorts between the schema files.</summary>
    public const string Name = "0003_reference_data";

    /// <summary>The seed script for an engine.</summary>
    public static string Generate(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var files = ReferenceFiles.Shipped;
        var script = new StringBuilder();
        script.Append("-- Generated from warehouse/ReferenceData/*.csv; edit the files, not this script.\n");

        AppendInsert(script, dialect, "dim_subject_type",
            ["subject_type_key", "code", "name_kk", "name_ru", "name_en", "sort_order"],
            files.SubjectTypes.Select((row, i) => new[]
            {
                SqlDialect.Literal(i + 1), dialect.Literal(row["code"]), dialect.Literal(row["name_kk"]),
                dialect.Literal(row["name_ru"]), dialect.Literal(row["name_en"]), SqlDialect.Literal(i + 1),
            }));

        AppendInsert(script, dialect, "dim_activity_type",
            ["activity_type_key", "code", "name_kk", "name_ru", "name_en", "law_type", "sort_order"],
            files.ActivityTypes.Select((row, i) => new[]
            {
                SqlDialect.Literal(i + 1), dialect.Literal(row["code"]), dialect.Literal(row["name_kk"]),
                dialect.Literal(row["name_ru"]), dialect.Literal(row["name_en"]), dialect.Literal(row["law_type"]),
                SqlDialect.Literal(i + 1),
            }));

        AppendInsert(script, dialect, "dim_region",
            ["kato_code", "parent_kato_code", "level", "unit_kind", "reporting_tier", "name_kk", "name_ru", "name_en",
             "valid_from_key", "valid_to_key", "is_current"],
            UnitHierarchy.Build(files).Select(u => new[]
            {
                dialect.Literal(u.KatoCode), dialect.Literal(u.ParentKatoCode), SqlDialect.Literal(u.Level),
                dialect.Literal(u.UnitKind), SqlDialect.Literal(u.ReportingTier), dialect.Literal(u.NameKk),
                dialect.Literal(u.NameRu), dialect.Literal(u.NameEn),
                SqlDialect.Literal(u.ValidFromKey), SqlDialect.Literal(u.ValidToKey), SqlDialect.Literal(u.IsCurrent ? 1 : 0),
            }));

        return script.ToString();
    }

    /// <summary>One multi-row INSERT of literal rows, ending its batch.</summary>
    internal static void AppendInsert(StringBuilder script, SqlDialect dialect, string table, string[] columns, IEnumerable<string[]> rows)
    {
        script.Append(CultureInfo.InvariantCulture, $"\nINSERT INTO {dialect.Table(table)} ({string.Join(", ", columns)}) VALUES\n");
        script.AppendJoin(",\n", rows.Select(values => $"    ({string.Join(", ", values)})"));
        script.Append(";\n");
        script.Append(dialect.EndBatch);
    }
}
