using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace VolunteerDW.Tests.Support;

/// <summary>T-SQL as SQL Server 2019 parses it (the oldest version the warehouse supports).</summary>
internal static class TSql
{
    public static TSqlFragment Parse(string sql, string source)
    {
        var parser = new TSql150Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0,
            $"{source} does not parse as T-SQL:\n" + string.Join("\n", errors.Select(e => $"  line {e.Line}, column {e.Column}: {e.Message}")));
        return fragment;
    }

    /// <summary>Tables and their columns (with nullability) as the scripts leave them, in order.</summary>
    public static Dictionary<string, Dictionary<string, bool>> TablesDefinedBy(IEnumerable<(string Sql, string Source)> scripts)
    {
        var tables = new Dictionary<string, Dictionary<string, bool>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (sql, source) in scripts)
        {
            Parse(sql, source).Accept(new SchemaVisitor(tables));
        }

        return tables;
    }

    /// <summary>
    /// What an ALTER TABLE … DROP drops, each with its kind: in "DROP COLUMN a, b" only the first
    /// element says it is a column, and the rest are of the same kind.
    /// </summary>
    public static IEnumerable<(TableElementType Kind, string Name)> Dropped(AlterTableDropTableElementStatement drop)
    {
        ArgumentNullException.ThrowIfNull(drop);
        var kind = TableElementType.NotSpecified;
        foreach (var element in drop.AlterTableDropTableElements)
        {
            kind = element.TableElementType == TableElementType.NotSpecified ? kind : element.TableElementType;
            yield return (kind, element.Name.Value);
        }
    }

    /// <summary>Each view a script creates, with the names of its columns in order.</summary>
    public static Dictionary<string, List<string>> ViewsDefinedBy(string sql, string source)
    {
        var views = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        Parse(sql, source).Accept(new ViewVisitor(views));
        return views;
    }

    /// <summary>The names of every function a script calls, upper case.</summary>
    public static IReadOnlySet<string> FunctionsCalledBy(string sql, string source)
    {
        var visitor = new FunctionVisitor();
        Parse(sql, source).Accept(visitor);
        return visitor.Names;
    }

    private sealed class SchemaVisitor(Dictionary<string, Dictionary<string, bool>> tables) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(CreateTableStatement node) =>
            tables[node.SchemaObjectName.BaseIdentifier.Value] = node.Definition.ColumnDefinitions
                .ToDictionary(c => c.ColumnIdentifier.Value, IsNullable, StringComparer.OrdinalIgnoreCase);

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            var columns = tables[node.SchemaObjectName.BaseIdentifier.Value];
            foreach (var column in node.Definition.ColumnDefinitions)
            {
                columns[column.ColumnIdentifier.Value] = IsNullable(column);
            }
        }

        public override void ExplicitVisit(AlterTableDropTableElementStatement node)
        {
            var columns = tables[node.SchemaObjectName.BaseIdentifier.Value];
            foreach (var (_, name) in Dropped(node).Where(e => e.Kind == TableElementType.Column))
            {
                columns.Remove(name);
            }
        }

        public override void ExplicitVisit(DropTableStatement node)
        {
            foreach (var name in node.Objects)
            {
                tables.Remove(name.BaseIdentifier.Value);
            }
        }

        private static bool IsNullable(ColumnDefinition column) =>
            !column.Constraints.OfType<NullableConstraintDefinition>().Any(c => !c.Nullable);
    }

    private sealed class ViewVisitor(Dictionary<string, List<string>> views) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(CreateViewStatement node)
        {
            var query = (QuerySpecification)node.SelectStatement.QueryExpression;
            views[node.SchemaObjectName.BaseIdentifier.Value] = [.. query.SelectElements.Select(ColumnName)];
        }

        private static string ColumnName(SelectElement element) => element switch
        {
            SelectScalarExpression { ColumnName: { } alias } => alias.Value,
            SelectScalarExpression { Expression: ColumnReferenceExpression column } => column.MultiPartIdentifier.Identifiers[^1].Value,
            _ => throw new InvalidOperationException($"A view column without a name, at line {element.StartLine}: every column needs one on both engines."),
        };
    }

    private sealed class FunctionVisitor : TSqlFragmentVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        // Called for every node; a few functions have node types of their own rather than FunctionCall.
        public override void Visit(TSqlFragment fragment)
        {
            var name = fragment switch
            {
                FunctionCall call => call.FunctionName.Value,
                LeftFunctionCall => "LEFT",
                RightFunctionCall => "RIGHT",
                IIfCall => "IIF",
                ParseCall => "PARSE",
                TryCastCall => "TRY_CAST",
                ConvertCall => "CONVERT",
                TryConvertCall => "TRY_CONVERT",
                _ => null,
            };
            if (name is not null)
            {
                Names.Add(name.ToUpperInvariant());
            }
        }
    }
}
