using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Etl.Loading;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;
using VolunteerDW.Warehouse.Views;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// Roles and row-level security of the SQL Server warehouse, read from the parse trees of the
/// shipped T-SQL (no SQL Server runs on the build machines), and the mapping table on SQLite.
/// </summary>
public sealed class SecurityMigrationTests
{
    private const string Predicate = "security.fn_region_rows";
    private static readonly string[] AnalystRoles = ["vdw_analyst", "vdw_regional_analyst"];
    private static readonly Lazy<SecuritySyntax> Migrations = new(() => SecuritySyntax.Of(
        MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => (s.Contents, s.Name))));

    [Fact]
    public void The_migrations_create_the_three_roles()
    {
        Assert.Equal(["vdw_analyst", "vdw_etl", "vdw_regional_analyst"], Migrations.Value.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_table_with_rows_of_a_unit_is_filtered_by_the_region_predicate()
    {
        // dim_region is the dimension region_sk belongs to: public, and read by the predicate itself.
        var unitTables = TSql.TablesDefinedBy(MigrationScripts.For(WarehouseEngine.SqlServer).Select(s => (s.Contents, s.Name)))
            .Where(t => t.Value.ContainsKey("region_sk") && !t.Key.Equals("dim_region", StringComparison.OrdinalIgnoreCase))
            .Select(t => $"dbo.{t.Key}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("dbo.fact_subjects", unitTables);
        Assert.Contains("dbo.dim_submission", unitTables);
        Assert.Equal(unitTables, Migrations.Value.FilterPredicates.Keys.Order(StringComparer.Ordinal));
        Assert.All(Migrations.Value.FilterPredicates, p => Assert.Equal($"{Predicate}(region_sk)", p.Value));
        Assert.Empty(Migrations.Value.BlockPredicates);
    }

    [Fact]
    public void The_policy_is_on_and_the_predicate_is_schema_bound_and_looks_up_the_caller()
    {
        var syntax = Migrations.Value;

        Assert.Equal(OptionState.On, syntax.PolicyState);
        var function = Assert.Single(syntax.Functions, f => f.Name == Predicate);
        Assert.True(function.SchemaBound, $"{Predicate} must be WITH SCHEMABINDING: a security policy refuses it otherwise.");
        Assert.Subset(new HashSet<string>(["IS_MEMBER", "USER_NAME"]), function.Calls);
        Assert.Subset(new HashSet<string>(["dbo.dim_region", "dbo.sec_user_region"]), function.Reads);
    }

    [Fact]
    public void The_analysts_are_granted_the_views_and_nothing_else()
    {
        var views = SecuritySyntax.Of([(ViewCatalog.Script(SqlDialect.SqlServer), MigrationScripts.ViewsName)]);

        Assert.DoesNotContain(Migrations.Value.Grants, g => AnalystRoles.Contains(g.Principal));
        Assert.DoesNotContain(Migrations.Value.RoleMemberships, m => AnalystRoles.Contains(m.Member));
        var viewGrants = views.Grants.Where(g => AnalystRoles.Contains(g.Principal)).ToList();
        Assert.Equal(ViewCatalog.All.Count * AnalystRoles.Length, viewGrants.Count);
        Assert.All(viewGrants, g =>
        {
            Assert.Equal("SELECT", g.Permission);
            Assert.Contains(ViewCatalog.All, v => g.Target == $"dbo.{v.Name}");
        });
        Assert.Contains(Migrations.Value.Grants, g => g is { Principal: "vdw_etl", Permission: "INSERT", Target: "SCHEMA::dbo" });
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task On_SQLite_the_mapping_table_exists_and_refuses_a_duplicate_mapping(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();
        const string grant = "INSERT INTO sec_user_region (user_name, region_kato) VALUES ('abai_analyst', '100000000')";

        await connection.ExecuteAsync(grant);
        var duplicate = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync(grant));
        var shortCode = await Assert.ThrowsAsync<SqliteException>(() =>
            connection.ExecuteAsync("INSERT INTO sec_user_region (user_name, region_kato) VALUES ('abai_analyst', '1000')"));

        Assert.Contains("UNIQUE", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("CHECK", shortCode.Message, StringComparison.Ordinal);
        Assert.NotNull(await connection.ExecuteScalarAsync<string>("SELECT granted_at_utc FROM sec_user_region WHERE user_name = 'abai_analyst'"));
    }

    [Theory, SqlServerEngine]
    public async Task A_regional_analyst_sees_only_the_rows_of_their_region_through_the_views(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var report = await new SubmissionLoader(warehouse.Connections, new LoadOptions { Time = FixedTime.At(2026, 7, 8) }).LoadAsync(
        [
            new ReturnBuilder("101000000").WriteTo(warehouse.Folder),  // Semey, Abai region
            new ReturnBuilder("751110000").WriteTo(warehouse.Folder),  // Almaly district, Almaty
        ]);
        Assert.True(report.AllAccepted);
        await using var connection = await warehouse.Connections.OpenAsync();
        await connection.ExecuteAsync(
            """
            CREATE USER abai_analyst WITHOUT LOGIN;
            ALTER ROLE vdw_regional_analyst ADD MEMBER abai_analyst;
            INSERT INTO dbo.sec_user_region (user_name, region_kato) VALUES (N'abai_analyst', N'100000000');
            CREATE USER ministry_analyst WITHOUT LOGIN;
            ALTER ROLE vdw_analyst ADD MEMBER ministry_analyst;
            """);

        var abai = await connection.QueryAsync<string>(
            "EXECUTE AS USER = @user; SELECT DISTINCT region_kato FROM dbo.v_subjects ORDER BY region_kato; REVERT;", new { user = "abai_analyst" });
        var ministry = await connection.QueryAsync<string>(
            "EXECUTE AS USER = @user; SELECT DISTINCT region_kato FROM dbo.v_subjects ORDER BY region_kato; REVERT;", new { user = "ministry_analyst" });
        var tableAccess = await connection.ExecuteScalarAsync<int>(
            "EXECUTE AS USER = @user; SELECT HAS_PERMS_BY_NAME(N'dbo.fact_subjects', N'OBJECT', N'SELECT'); REVERT;", new { user = "abai_analyst" });

        Assert.Equal(["100000000"], abai);
        Assert.Equal(["100000000", "750000000"], ministry);
        Assert.Equal(0, tableAccess);
    }

    /// <summary>What a set of T-SQL scripts, run in order, leaves of roles, grants, functions and the policy.</summary>
    private sealed class SecuritySyntax : TSqlFragmentVisitor
    {
        public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

        public List<(string Principal, string Permission, string Target)> Grants { get; } = [];

        public List<(string Role, string Member)> RoleMemberships { get; } = [];

        public List<(string Name, bool SchemaBound, HashSet<string> Calls, HashSet<string> Reads)> Functions { get; } = [];

        /// <summary>Filtered table → the predicate call on it.</summary>
        public Dictionary<string, string> FilterPredicates { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> BlockPredicates { get; } = new(StringComparer.Ordinal);

        public OptionState? PolicyState { get; private set; }

        public static SecuritySyntax Of(IEnumerable<(string Sql, string Source)> scripts)
        {
            var syntax = new SecuritySyntax();
            foreach (var (sql, source) in scripts)
            {
                TSql.Parse(sql, source).Accept(syntax);
            }

            return syntax;
        }

        public override void ExplicitVisit(CreateRoleStatement node) => Roles.Add(node.Name.Value);

        public override void ExplicitVisit(GrantStatement node)
        {
            var target = node.SecurityTargetObject is { } securable
                ? (securable.ObjectKind == SecurityObjectKind.NotSpecified ? string.Empty : $"{securable.ObjectKind.ToString().ToUpperInvariant()}::")
                    + string.Join(".", securable.ObjectName.MultiPartIdentifier.Identifiers.Select(i => i.Value))
                : "DATABASE";
            foreach (var principal in node.Principals)
            {
                foreach (var permission in node.Permissions)
                {
                    Grants.Add((principal.Identifier?.Value ?? principal.PrincipalType.ToString(),
                        string.Join(" ", permission.Identifiers.Select(i => i.Value.ToUpperInvariant())), target));
                }
            }
        }

        public override void ExplicitVisit(AlterRoleStatement node)
        {
            if (node.Action is AddMemberAlterRoleAction add)
            {
                RoleMemberships.Add((node.Name.Value, add.Member.Value));
            }
        }

        public override void ExplicitVisit(CreateFunctionStatement node) => Define(node);

        // A later migration's ALTER FUNCTION replaces the definition the policy uses.
        public override void ExplicitVisit(AlterFunctionStatement node)
        {
            Functions.RemoveAll(f => f.Name == Name(node.Name));
            Define(node);
        }

        public override void ExplicitVisit(CreateSecurityPolicyStatement node) => Apply(node);

        // Dropped to alter the schema-bound predicate; what counts is the policy created after.
        public override void ExplicitVisit(DropSecurityPolicyStatement node)
        {
            FilterPredicates.Clear();
            BlockPredicates.Clear();
            PolicyState = null;
        }

        public override void ExplicitVisit(AlterSecurityPolicyStatement node) => Apply(node);

        private void Apply(SecurityPolicyStatement node)
        {
            foreach (var action in node.SecurityPredicateActions)
            {
                var predicates = action.SecurityPredicateType == SecurityPredicateType.Filter ? FilterPredicates : BlockPredicates;
                var table = Name(action.TargetObjectName);
                if (action.ActionType == SecurityPredicateActionType.Drop)
                {
                    predicates.Remove(table);
                    continue;
                }

                var call = action.FunctionCall;
                var target = call.CallTarget is MultiPartIdentifierCallTarget schema
                    ? string.Join(".", schema.MultiPartIdentifier.Identifiers.Select(i => i.Value)) + "."
                    : string.Empty;
                var arguments = call.Parameters.Select(p => p is ColumnReferenceExpression column
                    ? string.Join(".", column.MultiPartIdentifier.Identifiers.Select(i => i.Value))
                    : p.GetType().Name);
                predicates[table] = $"{target}{call.FunctionName.Value}({string.Join(", ", arguments)})";
            }

            if (node.SecurityPolicyOptions.LastOrDefault(o => o.OptionKind == SecurityPolicyOptionKind.State) is { } state)
            {
                PolicyState = state.OptionState;
            }
        }

        private void Define(FunctionStatementBody node)
        {
            var calls = new FunctionCalls();
            node.ReturnType.Accept(calls);
            Functions.Add((Name(node.Name), node.Options.Any(o => o.OptionKind == FunctionOptionKind.SchemaBinding), calls.Names, calls.Tables));
        }

        private static string Name(SchemaObjectName name) => string.Join(".", name.Identifiers.Select(i => i.Value));

        private sealed class FunctionCalls : TSqlFragmentVisitor
        {
            public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

            public HashSet<string> Tables { get; } = new(StringComparer.Ordinal);

            public override void ExplicitVisit(FunctionCall node)
            {
                Names.Add(node.FunctionName.Value.ToUpperInvariant());
                base.ExplicitVisit(node);
            }

            public override void ExplicitVisit(NamedTableReference node)
            {
                Tables.Add(Name(node.SchemaObject));
                base.ExplicitVisit(node);
            }
        }
    }
}
