using DbUp.Engine;

namespace VolunteerDW.Warehouse.Migrations;

/// <summary>
/// Ends every SQLite migration script with a check of every foreign key in the database, inside
/// the script's own transaction: the migrator runs SQLite scripts with enforcement off, so a script
/// that left a row pointing nowhere fails here, is rolled back and is named like any failed script.
/// </summary>
internal sealed class SqliteForeignKeyCheck : IScriptPreprocessor
{
    public const string ConstraintName = "every_foreign_key_holds";

    private const string Check =
        $"""

        ;
        CREATE TEMP TABLE migration_foreign_key_check (violations INTEGER NOT NULL CONSTRAINT {ConstraintName} CHECK (violations = 0));
        INSERT INTO migration_foreign_key_check (violations) SELECT COUNT(*) FROM pragma_foreign_key_check;
        DROP TABLE temp.migration_foreign_key_check;
        """;

    public string Process(string contents) => contents + Check;
}
