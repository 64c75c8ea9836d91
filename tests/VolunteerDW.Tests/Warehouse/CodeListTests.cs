using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using VolunteerDW.Etl.Format;
using VolunteerDW.Reports.Analysis;
using VolunteerDW.Tests.BlankReturn;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Migrations;

namespace VolunteerDW.Tests.Warehouse;

/// <summary>
/// The fixed code lists have one source, <c>warehouse/Codes</c>. Every other place that names their
/// codes is held to it here: the <c>dim_code_label</c> seed of each engine, the CHECK constraints of
/// each engine's schema, the template's drop-downs, and the reports' wording and templates.
/// </summary>
public sealed partial class CodeListTests(TemplateFixture templates) : IClassFixture<TemplateFixture>
{
    // The columns whose CHECK constraints spell out a list's codes.
    private static readonly Dictionary<(string Table, string Column), IReadOnlyList<string>> CheckedColumns = new()
    {
        [("dim_region", "unit_kind")] = UnitKinds.All,
        [("fact_programme", "programme_kind")] = ProgrammeKinds.All,
        [("fact_practice", "practice_kind")] = PracticeKinds.All,
        [("fact_practice", "proposal_area")] = ProposalAreas.All,
        [("fact_submission_timeliness", "status")] = TimelinessStatuses.All,
        [("dim_dq_rule", "severity")] = Severities.All,
        [("ref_wage", "measure")] = WageMeasures.All,
        [("portal_user", "role")] = PortalRoles.All,
        [("portal_audit", "action")] = AuditActions.All,
        [("fact_return_move", "move")] = WorkflowMoves.All,
    };

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_SQLite_seed_labels_every_code_of_every_list_in_order(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        await using var connection = await warehouse.Connections.OpenAsync();

        var seeded = await connection.QueryAsync<(string List, string Code)>("SELECT code_list, code FROM dim_code_label ORDER BY code_list, sort_order");

        AssertSameLists(seeded);
    }

    [Fact]
    public void The_SQL_Server_seed_labels_every_code_of_every_list_in_order()
    {
        var seed = new SeedRows();

        foreach (var script in MigrationScripts.For(WarehouseEngine.SqlServer))
        {
            TSql.Parse(script.Contents, script.Name).Accept(seed);
        }

        AssertSameLists(seed.Rows.OrderBy(r => r.List, StringComparer.Ordinal).ThenBy(r => r.SortOrder).Select(r => (r.List, r.Code)));
    }

    [Fact]
    public void The_SQL_Server_CHECK_constraints_allow_exactly_the_codes_of_their_list()
    {
        var checks = new CheckedCodes();

        foreach (var script in MigrationScripts.For(WarehouseEngine.SqlServer))
        {
            TSql.Parse(script.Contents, script.Name).Accept(checks);
        }

        AssertChecks(checks);
    }

    [Fact]
    public async Task The_SQLite_CHECK_constraints_allow_exactly_the_codes_of_their_list()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await using var connection = await warehouse.Connections.OpenAsync();
        var checks = new CheckedCodes();

        // The schema as the migrations leave it, each CHECK condition of the checked tables parsed as the boolean expression it is.
        var tables = CheckedColumns.Keys.Select(c => c.Table).Distinct().ToList();
        foreach (var (table, sql) in await connection.QueryAsync<(string, string)>("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN @tables", new { tables }))
        {
            checks.Table = table;
            foreach (var condition in CheckConditions(sql))
            {
                var parsed = new TSql150Parser(initialQuotedIdentifiers: true).ParseBooleanExpression(new StringReader(condition), out var errors);
                Assert.True(errors.Count == 0, $"{table}: CHECK ({condition}) does not parse");
                checks.Read(parsed);
            }
        }

        AssertChecks(checks);
    }

    [Fact]
    public void The_templates_drop_downs_offer_the_codes_of_the_formats_lists_in_order()
    {
        using var workbook = new XLWorkbook(templates.PathOf(TemplateFixture.District));
        var offered = workbook.Worksheet("lists").ColumnsUsed().ToDictionary(
            column => column.Cell(1).GetString(),
            column => column.CellsUsed().Skip(1).Select(cell => cell.GetString().Split(SubmissionLayout.CodeLabelSeparator)[0]).ToList());

        foreach (var list in new[] { ProgrammeKinds.List, PracticeKinds.List, ProposalAreas.List })
        {
            Assert.Equal(FixedCodeLists.All[list], offered[list]);
        }
    }

    [Fact]
    public void The_reports_name_the_codes_of_the_kinds_areas_and_measures_and_no_other()
    {
        var codes = new[] { ProgrammeKinds.All, PracticeKinds.All, ProposalAreas.All, Measures.All }.SelectMany(list => list);

        Assert.Equal(codes.Order(StringComparer.Ordinal), Vocabulary.Codes.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_report_templates_compare_a_status_only_with_a_timeliness_status()
    {
        var compared = RepoPaths.Files(".scriban", "reports", "Templates")
            .SelectMany(path => StatusComparison().Matches(File.ReadAllText(path)).Select(m => m.Groups["code"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(compared);
        Assert.Subset(TimelinessStatuses.All.ToHashSet(StringComparer.Ordinal), compared);
    }

    private static void AssertSameLists(IEnumerable<(string List, string Code)> rows)
    {
        var seeded = rows.GroupBy(r => r.List, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Code).ToList(), StringComparer.Ordinal);
        Assert.Equal(FixedCodeLists.All.Keys.Order(StringComparer.Ordinal), seeded.Keys.Order(StringComparer.Ordinal));
        Assert.All(FixedCodeLists.All, list => Assert.Equal(list.Value, seeded[list.Key]));
    }

    // Every checked column has a CHECK listing exactly its codes, and no CHECK names any other code for it.
    private static void AssertChecks(CheckedCodes checks)
    {
        foreach (var (column, codes) in CheckedColumns)
        {
            var lists = checks.FullLists.Where(l => l.Column == column).Select(l => l.Codes).ToList();
            Assert.True(lists.Count > 0, $"{column.Table}.{column.Column} has no CHECK listing its codes");
            Assert.All(lists, list => Assert.Equal(codes.Order(StringComparer.Ordinal), list.Order(StringComparer.Ordinal)));
            Assert.All(checks.Named.Where(n => n.Column == column), named => Assert.Contains(named.Code, codes));
        }
    }

    // The text between the parentheses of each CHECK of a CREATE TABLE statement.
    private static IEnumerable<string> CheckConditions(string createTable)
    {
        foreach (Match check in CheckKeyword().Matches(createTable))
        {
            var depth = 0;
            for (var i = check.Index + check.Length - 1; i < createTable.Length; i++)
            {
                depth += createTable[i] switch { '(' => 1, ')' => -1, _ => 0 };
                if (depth == 0)
                {
                    yield return createTable[(check.Index + check.Length)..i];
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\bCHECK\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CheckKeyword();

    [GeneratedRegex(@"status\s*==\s*""(?<code>[a-z_]+)""")]
    private static partial Regex StatusComparison();

    /// <summary>The (list, code, sort order) rows a script inserts into <c>dim_code_label</c>.</summary>
    private sealed class SeedRows : TSqlFragmentVisitor
    {
        public List<(string List, string Code, int SortOrder)> Rows { get; } = [];

        public override void ExplicitVisit(InsertStatement node)
        {
            var specification = node.InsertSpecification;
            if (specification.Target is not NamedTableReference { SchemaObject.BaseIdentifier.Value: "dim_code_label" }
                || specification.InsertSource is not ValuesInsertSource values)
            {
                return;
            }

            var columns = specification.Columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value).ToList();
            foreach (var row in values.RowValues)
            {
                string Value(string column) => ((Literal)row.ColumnValues[columns.IndexOf(column)]).Value;
                Rows.Add((Value("code_list"), Value("code"), int.Parse(Value("sort_order"), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>The codes CHECK constraints name for each checked column: whole IN lists, and every code compared with the column.</summary>
    private sealed class CheckedCodes : TSqlFragmentVisitor
    {
        /// <summary>The table whose constraints are being read.</summary>
        public string Table { get; set; } = string.Empty;

        /// <summary>Conditions that are a whole <c>column IN (...)</c>: the column's list.</summary>
        public List<((string Table, string Column) Column, List<string> Codes)> FullLists { get; } = [];

        /// <summary>Every code a condition compares a checked column with.</summary>
        public List<((string Table, string Column) Column, string Code)> Named { get; } = [];

        /// <summary>Reads one CHECK condition (a SQLite one, parsed on its own).</summary>
        public void Read(BooleanExpression condition)
        {
            if (Unwrapped(condition) is InPredicate whole && Checked(whole.Expression) is { } key)
            {
                FullLists.Add((key, [.. whole.Values.OfType<StringLiteral>().Select(v => v.Value)]));
            }

            condition.Accept(this);
        }

        public override void ExplicitVisit(CreateTableStatement node)
        {
            Table = node.SchemaObjectName.BaseIdentifier.Value;
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            Table = node.SchemaObjectName.BaseIdentifier.Value;
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(CheckConstraintDefinition node)
        {
            if (Unwrapped(node.CheckCondition) is InPredicate whole && Checked(whole.Expression) is { } key)
            {
                FullLists.Add((key, [.. whole.Values.OfType<StringLiteral>().Select(v => v.Value)]));
            }

            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(InPredicate node)
        {
            if (Checked(node.Expression) is { } key)
            {
                Named.AddRange(node.Values.OfType<StringLiteral>().Select(v => (key, v.Value)));
            }

            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(BooleanComparisonExpression node)
        {
            if (Checked(node.FirstExpression) is { } key && node.SecondExpression is StringLiteral code)
            {
                Named.Add((key, code.Value));
            }

            base.ExplicitVisit(node);
        }

        private (string Table, string Column)? Checked(ScalarExpression expression) =>
            expression is ColumnReferenceExpression column && CheckedColumns.ContainsKey((Table, column.MultiPartIdentifier.Identifiers[^1].Value))
                ? (Table, column.MultiPartIdentifier.Identifiers[^1].Value)
                : null;

        private static BooleanExpression Unwrapped(BooleanExpression condition) =>
            condition is BooleanParenthesisExpression parenthesis ? Unwrapped(parenthesis.Expression) : condition;
    }
}
