using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// A statement as the body of a procedure, its parameters declared, so that a model compiles it:
/// an unknown table or column, or a name two tables could give, becomes an error of the model.
/// The parameters are declared <c>sql_variant</c>: their types come from the C# values bound to them.
/// </summary>
internal static class StatementProcedure
{
    /// <summary>The procedure's name for the statement at a position: what the model's messages call it.</summary>
    public static string Name(int number) => $"[dbo].[statement_{number}]";

    public static (string Sql, string Source) Of(ProductStatement statement, int number)
    {
        var visitor = new ReferenceVisitor();
        TSql.Parse(statement.Sql, statement.Name).Accept(visitor);
        var parameters = visitor.Used.Except(visitor.Declared, StringComparer.OrdinalIgnoreCase).Select(p => $"{p} SQL_VARIANT");
        return ($"CREATE PROCEDURE {Name(number)}\n{string.Join(",\n", parameters)}\nAS\n{statement.Sql}\n", statement.Name);
    }

    /// <summary>
    /// Whether the statement reads the system catalogue or calls a system procedure: those objects
    /// live in the server's own master database, which no package here describes.
    /// </summary>
    public static bool UsesSystemObjects(ProductStatement statement)
    {
        var visitor = new ReferenceVisitor();
        TSql.Parse(statement.Sql, statement.Name).Accept(visitor);
        return visitor.System;
    }

    private sealed class ReferenceVisitor : TSqlFragmentVisitor
    {
        public SortedSet<string> Used { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Declared { get; } = new(StringComparer.OrdinalIgnoreCase);

        public bool System { get; private set; }

        public override void ExplicitVisit(VariableReference node) => Used.Add(node.Name);

        public override void ExplicitVisit(DeclareVariableElement node)
        {
            Declared.Add(node.VariableName.Value);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(NamedTableReference node)
        {
            System |= string.Equals(node.SchemaObject.SchemaIdentifier?.Value, "sys", StringComparison.OrdinalIgnoreCase);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(ProcedureReference node)
        {
            System |= node.Name.BaseIdentifier.Value.StartsWith("sp_", StringComparison.OrdinalIgnoreCase);
            base.ExplicitVisit(node);
        }
    }
}
