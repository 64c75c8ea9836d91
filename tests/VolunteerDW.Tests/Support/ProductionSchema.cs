using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// The production schema as the SQL Server migrations leave it, compiled by DacFx without a server.
/// A DacFx model is declarative — it holds objects, not the steps that made them — so the scripts
/// are replayed on their ScriptDom trees: a later <c>ALTER TABLE … ADD</c> joins its table, an
/// <c>ALTER FUNCTION</c> replaces the function, a <c>DROP</c> removes the object. What changes rows
/// rather than the schema (seeding, dynamic SQL, a script's SET options and transactions) and the
/// <c>IF NOT EXISTS</c> guards around DDL are
/// left out and listed in <see cref="LeftOut"/>; a statement of any other kind stops the replay, so
/// no DDL is ever dropped unnoticed.
/// </summary>
internal sealed class ProductionSchema
{
    /// <summary>SQL Server 2019, the oldest version the warehouse supports.</summary>
    public const SqlServerVersion Version = SqlServerVersion.Sql150;

    private readonly Dictionary<string, CreateTableStatement> _tables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (TSqlStatement Statement, string Source)> _objects = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _tableSources = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _leftOut = [];
    private int _permissions;

    /// <summary>The shipped SQL Server migrations and the views script, in the order they run.</summary>
    public static IReadOnlyList<(string Sql, string Source)> ShippedScripts { get; } =
        [.. MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => (s.Contents, s.Name)),
         (MigrationScripts.Views(WarehouseEngine.SqlServer).Contents, MigrationScripts.ViewsName)];

    /// <summary>The schema the shipped migrations and views leave on an empty database.</summary>
    public static ProductionSchema OfShippedMigrations() => Replay(ShippedScripts);

    /// <summary>The schema the given scripts leave, in order.</summary>
    public static ProductionSchema Replay(IEnumerable<(string Sql, string Source)> scripts)
    {
        var schema = new ProductionSchema();
        foreach (var (sql, source) in scripts)
        {
            var script = (TSqlScript)TSql.Parse(sql, source);
            foreach (var statement in script.Batches.SelectMany(b => b.Statements))
            {
                schema.Apply(statement, source);
            }
        }

        return schema;
    }

    /// <summary>The tables' names (all in dbo), in order.</summary>
    public IEnumerable<string> Tables => _tables.Values.Select(t => t.SchemaObjectName.BaseIdentifier.Value).Order(StringComparer.Ordinal);

    /// <summary>The views' names (all in dbo), in order.</summary>
    public IEnumerable<string> Views => _objects.Values.Select(o => o.Statement).OfType<CreateViewStatement>()
        .Select(v => v.SchemaObjectName.BaseIdentifier.Value).Order(StringComparer.Ordinal);

    /// <summary>Every object as the model is given it, scripted alike whatever text made it, in order.</summary>
    public IEnumerable<string> Scripted() =>
        _tables.Values.Cast<TSqlStatement>().Concat(_objects.Values.Select(o => o.Statement)).Select(Script).Order(StringComparer.Ordinal);

    /// <summary>What the replay did not put into the model, one line each, with its script and line.</summary>
    public IReadOnlyList<string> LeftOut => _leftOut;

    /// <summary>
    /// A DacFx model of the schema, plus the given extra objects (procedures wrapping the product's
    /// statements, say), each added under its own source name so that messages say where they came from.
    /// </summary>
    public TSqlModel Compile(IEnumerable<(string Sql, string Source)>? extra = null)
    {
        var model = new TSqlModel(Version, new TSqlModelOptions());
        foreach (var (name, table) in _tables)
        {
            model.AddOrUpdateObjects(Script(table), $"{_tableSources[name]}: {name}", new TSqlObjectOptions());
        }

        foreach (var (name, (statement, source)) in _objects)
        {
            model.AddOrUpdateObjects(Script(statement), $"{source}: {name}", new TSqlObjectOptions());
        }

        foreach (var (sql, source) in extra ?? [])
        {
            model.AddOrUpdateObjects(sql, source, new TSqlObjectOptions());
        }

        return model;
    }

    /// <summary>The model's errors and warnings, each with where it came from.</summary>
    public static List<string> Problems(TSqlModel model) =>
        [.. model.Validate().Select(m => $"{m.MessageType} {m.Prefix}{m.Number}: {m.Message}")];

    private void Apply(TSqlStatement statement, string source)
    {
        switch (statement)
        {
            case CreateTableStatement create:
                _tables[Name(create.SchemaObjectName)] = create;
                _tableSources[Name(create.SchemaObjectName)] = source;
                break;
            case AlterTableAddTableElementStatement add:
                Join(TableOf(add.SchemaObjectName, source), add.Definition);
                break;
            case AlterTableDropTableElementStatement drop:
                Remove(TableOf(drop.SchemaObjectName, source), drop);
                break;
            case CreateIndexStatement index:
                _objects[$"index {Name(index.OnName)}.{index.Name.Value}"] = (index, source);
                break;
            case DropIndexStatement drop:
                foreach (var clause in drop.DropIndexClauses.OfType<DropIndexClause>())
                {
                    Forget($"index {Name(clause.Object)}.{clause.Index.Value}", source, clause.StartLine);
                }

                break;
            case CreateViewStatement view:
                _objects[$"view {Name(view.SchemaObjectName)}"] = (view, source);
                break;
            case DropViewStatement drop:
                // The views script drops each view before creating it again; on an empty database there is none yet.
                foreach (var name in drop.Objects)
                {
                    _objects.Remove($"view {Name(name)}");
                }

                break;
            case CreateFunctionStatement function:
                _objects[$"function {Name(function.Name)}"] = (function, source);
                break;
            case AlterFunctionStatement alter:
                Forget($"function {Name(alter.Name)}", source, alter.StartLine);
                _objects[$"function {Name(alter.Name)}"] = (AsCreate(alter), source);
                break;
            case CreateSecurityPolicyStatement policy:
                _objects[$"policy {Name(policy.Name)}"] = (policy, source);
                break;
            case DropSecurityPolicyStatement drop:
                foreach (var name in drop.Objects)
                {
                    Forget($"policy {Name(name)}", source, drop.StartLine);
                }

                break;
            case CreateSchemaStatement schema:
                _objects[$"schema {schema.Name.Value}"] = (schema, source);
                break;
            case CreateRoleStatement role:
                _objects[$"role {role.Name.Value}"] = (role, source);
                break;
            case GrantStatement or DenyStatement or RevokeStatement:
                _objects[$"permission {++_permissions}"] = (statement, source);
                break;
            case IfStatement { Predicate: BooleanNotExpression { Expression: ExistsPredicate }, ElseStatement: null } guard:
                _leftOut.Add($"{source} line {guard.StartLine}: the IF NOT EXISTS guard (its statement is kept)");
                Apply(guard.ThenStatement, source);
                break;
            case InsertStatement or UpdateStatement or DeleteStatement:
                _leftOut.Add($"{source} line {statement.StartLine}: {statement.GetType().Name} (rows, not schema)");
                break;
            case DeclareVariableStatement or SelectStatement { Into: null } or ExecuteStatement:
                _leftOut.Add($"{source} line {statement.StartLine}: {statement.GetType().Name} (runs code, which a model cannot follow)");
                break;
            case SetCommandStatement or PredicateSetStatement or SetOnOffStatement or BeginTransactionStatement or CommitTransactionStatement or PrintStatement
                or IfStatement { ThenStatement: RaiseErrorStatement or PredicateSetStatement or RollbackTransactionStatement }:
                _leftOut.Add($"{source} line {statement.StartLine}: {statement.GetType().Name} (how the script runs)");
                break;
            default:
                throw new InvalidOperationException($"{source} line {statement.StartLine}: a {statement.GetType().Name} is not understood by the schema replay; teach it, or the model would silently miss it.");
        }
    }

    private CreateTableStatement TableOf(SchemaObjectName name, string source) =>
        _tables.TryGetValue(Name(name), out var table) ? table
            : throw new InvalidOperationException($"{source} line {name.StartLine}: alters {Name(name)}, which no earlier script created.");

    private static void Join(CreateTableStatement table, TableDefinition added)
    {
        foreach (var column in added.ColumnDefinitions)
        {
            table.Definition.ColumnDefinitions.Add(column);
        }

        foreach (var constraint in added.TableConstraints)
        {
            table.Definition.TableConstraints.Add(constraint);
        }

        foreach (var index in added.Indexes)
        {
            table.Definition.Indexes.Add(index);
        }
    }

    private static void Remove(CreateTableStatement table, AlterTableDropTableElementStatement drop)
    {
        foreach (var (kind, name) in TSql.Dropped(drop))
        {
            var removed = kind switch
            {
                TableElementType.Column => RemoveWhere(table.Definition.ColumnDefinitions, c => Same(c.ColumnIdentifier, name)),
                TableElementType.Constraint => RemoveWhere(table.Definition.TableConstraints, c => Same(c.ConstraintIdentifier, name))
                    || table.Definition.ColumnDefinitions.Any(c => RemoveWhere(c.Constraints, k => Same(k.ConstraintIdentifier, name))),
                _ => false,
            };
            if (!removed && !drop.AlterTableDropTableElements.Any(e => e.IsIfExists))
            {
                throw new InvalidOperationException($"line {drop.StartLine}: drops {name} from {Name(table.SchemaObjectName)}, which does not have it.");
            }
        }
    }

    private static bool RemoveWhere<T>(IList<T> items, Func<T, bool> match)
    {
        var found = items.Where(match).ToList();
        foreach (var item in found)
        {
            items.Remove(item);
        }

        return found.Count > 0;
    }

    private static bool Same(Identifier? identifier, string name) =>
        identifier is not null && string.Equals(identifier.Value, name, StringComparison.OrdinalIgnoreCase);

    private void Forget(string key, string source, int line)
    {
        if (!_objects.Remove(key))
        {
            throw new InvalidOperationException($"{source} line {line}: changes {key}, which no earlier script created.");
        }
    }

    // The function as CREATE would have made it: the same definition under the same name.
    private static CreateFunctionStatement AsCreate(AlterFunctionStatement alter)
    {
        var create = new CreateFunctionStatement
        {
            Name = alter.Name,
            ReturnType = alter.ReturnType,
            MethodSpecifier = alter.MethodSpecifier,
            OrderHint = alter.OrderHint,
            StatementList = alter.StatementList,
        };
        foreach (var parameter in alter.Parameters)
        {
            create.Parameters.Add(parameter);
        }

        foreach (var option in alter.Options)
        {
            create.Options.Add(option);
        }

        return create;
    }

    private static string Name(SchemaObjectName name) =>
        $"{name.SchemaIdentifier?.Value ?? "dbo"}.{name.BaseIdentifier.Value}";

    private static string Script(TSqlFragment fragment)
    {
        new Sql150ScriptGenerator(new SqlScriptGeneratorOptions()).GenerateScript(fragment, out var script);
        return script;
    }
}
