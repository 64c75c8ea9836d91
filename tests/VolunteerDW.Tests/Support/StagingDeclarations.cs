using VolunteerDW.Etl.Staging;

namespace VolunteerDW.Tests.Support;

/// <summary>The loader's staging tables as declared, seen apart from the rows each takes.</summary>
internal static class StagingDeclarations
{
    public sealed record Declared(string Table, IReadOnlyList<string> Columns, Func<int, string> Insert);

    public static IReadOnlyList<Declared> All { get; } =
        [Of(StagingSql.StagedSubjectCounts), Of(StagingSql.StagedProgrammes), Of(StagingSql.StagedPractices)];

    public static Declared Named(string table) => All.Single(d => d.Table == table);

    private static Declared Of<TRow>(StagedTable<TRow> table) => new(table.Name, [.. table.Columns.Select(c => c.Name)], table.Insert);
}
