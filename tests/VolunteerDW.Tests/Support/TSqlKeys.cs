using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Warehouse.Checks;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// The keys T-SQL scripts leave declared, as SQL Server's catalogue would list them after running
/// them: what <c>vdw check</c> derives its generic tests from on SQL Server, known without a server.
/// </summary>
internal static class TSqlKeys
{
    /// <summary>The keys of the shipped SQL Server migrations.</summary>
    public static SchemaKeys OfSqlServerMigrations { get; } =
        DefinedBy(MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => (s.Contents, s.Name)));

    /// <summary>The data tests <c>vdw check</c> runs on a SQL Server warehouse the shipped migrations made.</summary>
    public static IReadOnlyList<DataTest> SqlServerDataTests { get; } = DataTestCatalog.For(OfSqlServerMigrations);

    public static SchemaKeys DefinedBy(IEnumerable<(string Sql, string Source)> scripts)
    {
        var visitor = new KeyVisitor();
        foreach (var (sql, source) in scripts)
        {
            TSql.Parse(sql, source).Accept(visitor);
        }

        // As the catalogue is read: the scheduler's tables are Quartz's, not the warehouse's.
        return SchemaKeys.Of(visitor.Unique.Select(k => k.Key).Where(k => !SchedulerTables.Contains(k.Table)),
            visitor.Foreign.Select(k => k.Key).Where(k => !SchedulerTables.Contains(k.Table)));
    }

    private sealed class KeyVisitor : TSqlFragmentVisitor
    {
        public List<(string? Name, UniqueKey Key)> Unique { get; } = [];

        public List<(string? Name, ForeignKey Key)> Foreign { get; } = [];

        public override void ExplicitVisit(CreateTableStatement node) => Add(node.SchemaObjectName, node.Definition);

        public override void ExplicitVisit(AlterTableAddTableElementStatement node) => Add(node.SchemaObjectName, node.Definition);

        // A filtered index is left out, as the catalogue query leaves it out.
        public override void ExplicitVisit(CreateIndexStatement node)
        {
            if (node.Unique && node.FilterPredicate is null)
            {
                Unique.Add((node.Name.Value, new UniqueKey(node.OnName.BaseIdentifier.Value, [.. node.Columns.Select(Name)])));
            }
        }

        public override void ExplicitVisit(AlterTableDropTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            foreach (var element in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Constraint))
            {
                Unique.RemoveAll(k => k.Key.Table == table && k.Name == element.Name.Value);
                Foreign.RemoveAll(k => k.Key.Table == table && k.Name == element.Name.Value);
            }
        }

        public override void ExplicitVisit(DropIndexStatement node)
        {
            foreach (var clause in node.DropIndexClauses.OfType<DropIndexClause>())
            {
                Unique.RemoveAll(k => k.Key.Table == clause.Object.BaseIdentifier.Value && k.Name == clause.Index.Value);
            }
        }

        public override void ExplicitVisit(DropTableStatement node)
        {
            foreach (var table in node.Objects.Select(o => o.BaseIdentifier.Value))
            {
                Unique.RemoveAll(k => k.Key.Table == table);
                Foreign.RemoveAll(k => k.Key.Table == table || k.Key.Parent == table);
            }
        }

        private void Add(SchemaObjectName name, TableDefinition definition)
        {
            var table = name.BaseIdentifier.Value;
            foreach (var column in definition.ColumnDefinitions)
            {
                foreach (var constraint in column.Constraints)
                {
                    Add(table, constraint, column.ColumnIdentifier.Value);
                }
            }

            foreach (var constraint in definition.TableConstraints)
            {
                Add(table, constraint, column: null);
            }
        }

        // A constraint written on a column names no columns of its own: it is that column's.
        private void Add(string table, ConstraintDefinition constraint, string? column)
        {
            var name = constraint.ConstraintIdentifier?.Value;
            switch (constraint)
            {
                case UniqueConstraintDefinition unique:
                    Unique.Add((name, new UniqueKey(table, unique.Columns.Count == 0 ? [column!] : [.. unique.Columns.Select(Name)])));
                    break;
                case ForeignKeyConstraintDefinition foreign:
                    Foreign.Add((name, new ForeignKey(table, foreign.Columns.Count == 0 ? [column!] : [.. foreign.Columns.Select(c => c.Value)],
                        foreign.ReferenceTableName.BaseIdentifier.Value, [.. foreign.ReferencedTableColumns.Select(c => c.Value)])));
                    break;
            }
        }

        private static string Name(ColumnWithSortOrder column) => column.Column.MultiPartIdentifier.Identifiers[^1].Value;
    }
}
