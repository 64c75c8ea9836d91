using VolunteerDW.Reports.Tables;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Reports.Annex;

/// <summary>
/// The names of an annex's sheets in its language: the contents, a sheet per table (its short name
/// or title) and the sources. The writer names the sheets with them and the report's text names
/// the sheets it refers to with them, so that the text and the tabs always agree.
/// </summary>
internal sealed class AnnexSheets
{
    public static readonly Label ContentsName = new("Мазмұны", "Содержание", "Contents");

    public static readonly Label SourcesName = new("Дереккөздер", "Источники", "Sources");

    private readonly List<string> _ids;

    private AnnexSheets(string contents, IReadOnlyList<(string Id, string Name)> tables, string sources)
    {
        Contents = contents;
        _ids = [.. tables.Select(t => t.Id)];
        Tables = [.. tables.Select(t => t.Name)];
        Sources = sources;
    }

    public string Contents { get; }

    public string Sources { get; }

    /// <summary>The sheet names of the tables, in their order.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Names the sheets of an annex holding these tables, in this order, in one language.</summary>
    public static AnnexSheets For(IEnumerable<ReportTable> tables, Language language)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var contents = ContentsName.In(language);
        var sources = SourcesName.In(language);
        var names = new SheetNames(contents, sources);
        return new(contents, [.. tables.Select(t => (t.Id, names.Assign(t.SheetName.In(language))))], sources);
    }

    /// <summary>The sheet of the table with this id.</summary>
    public string Of(string tableId)
    {
        var index = _ids.IndexOf(tableId);
        return index >= 0 ? Tables[index] : throw new ArgumentException($"The annex has no table '{tableId}'; it has {string.Join(", ", _ids)}.", nameof(tableId));
    }
}
