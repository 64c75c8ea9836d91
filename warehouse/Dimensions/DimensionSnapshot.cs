using System.Data.Common;
using Dapper;

namespace VolunteerDW.Warehouse.Dimensions;

/// <summary>
/// The small dimensions read once: administrative units with their history, and the two
/// classifiers. The loader checks codes against it; templates and samples take names from it.
/// </summary>
public sealed class DimensionSnapshot
{
    private readonly ILookup<string, UnitVersionRow> _unitsByKato;
    private readonly Dictionary<int, UnitVersionRow> _unitsBySk;

    private DimensionSnapshot(IReadOnlyList<UnitVersionRow> units, IReadOnlyList<ClassifierRow> subjectTypes, IReadOnlyList<ClassifierRow> activityTypes)
    {
        Units = units;
        SubjectTypes = subjectTypes;
        ActivityTypes = activityTypes;
        _unitsByKato = units.ToLookup(u => u.KatoCode, StringComparer.Ordinal);
        _unitsBySk = units.ToDictionary(u => u.RegionSk);
    }

    /// <summary>Every version of every unit.</summary>
    public IReadOnlyList<UnitVersionRow> Units { get; }

    public IReadOnlyList<ClassifierRow> SubjectTypes { get; }

    public IReadOnlyList<ClassifierRow> ActivityTypes { get; }

    public static async Task<DimensionSnapshot> LoadAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        var units = await connection.QueryAsync<UnitVersionRow>(new CommandDefinition(DimensionSql.Units, cancellationToken: cancellationToken));
        var subjectTypes = await ClassifierAsync(connection, DimensionSql.SubjectTypes, cancellationToken);
        var activityTypes = await ClassifierAsync(connection, DimensionSql.ActivityTypes, cancellationToken);
        return new DimensionSnapshot([.. units], subjectTypes, activityTypes);
    }

    /// <summary>Whether any version of a unit with this code exists.</summary>
    public bool IsKnownUnit(string kato) => _unitsByKato.Contains(kato);

    /// <summary>The unit version a fact row holds, by its surrogate key.</summary>
    public UnitVersionRow Version(int regionSk) => _unitsBySk[regionSk];

    /// <summary>The version of a unit valid on a date (yyyymmdd), or null.</summary>
    public UnitVersionRow? UnitAt(string kato, int dateKey) => _unitsByKato[kato].FirstOrDefault(u => u.ValidOn(dateKey));

    /// <summary>The units that report at a tier on a date: level-2 units at tier 1, regions at tier 2.</summary>
    public IEnumerable<UnitVersionRow> ReportingUnitsAt(int dateKey) =>
        Units.Where(u => u.ReportingTier is not null && u.ValidOn(dateKey));

    /// <summary>The units whose parent is the given region on a date.</summary>
    public IEnumerable<UnitVersionRow> ChildrenAt(string regionKato, int dateKey) =>
        Units.Where(u => u.ParentKatoCode == regionKato && u.ValidOn(dateKey));

    private static async Task<IReadOnlyList<ClassifierRow>> ClassifierAsync(DbConnection connection, string sql, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<ClassifierRow>(new CommandDefinition(sql, cancellationToken: cancellationToken))];
}
