using System.Globalization;
using System.Text;

namespace VolunteerDW.Etl.Staging;

/// <summary>
/// A staging table declared once: its name and its columns, each with how its value is taken from
/// a row. The INSERT statements for both engines and the parameters they are bound through are
/// all derived from the declaration, so a value can only ever go to the column named with it.
/// </summary>
internal sealed class StagedTable<TRow>
{
    private readonly StagedColumn<TRow>[] _columns;

    public StagedTable(string name)
        : this(SqlName(name), [])
    {
    }

    private StagedTable(string name, StagedColumn<TRow>[] columns) => (Name, _columns) = (name, columns);

    public string Name { get; }

    public IReadOnlyList<StagedColumn<TRow>> Columns => _columns;

    /// <summary>The table with one more column, of text.</summary>
    public StagedTable<TRow> Text(string column, Func<TRow, string?> value) => With(new TextColumn<TRow>(SqlName(column), value));

    /// <summary>The table with one more column, of whole numbers.</summary>
    public StagedTable<TRow> Number(string column, Func<TRow, long?> value) => With(new NumberColumn<TRow>(SqlName(column), value));

    /// <summary>
    /// <c>INSERT INTO t (a, b) VALUES (@a_0, @b_0), (@a_1, @b_1), …</c> for <paramref name="rows"/>
    /// rows, each value's parameter named by <see cref="Parameter"/>.
    /// </summary>
    public string Insert(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var sql = new StringBuilder($"INSERT INTO {Name} ({string.Join(", ", _columns.Select(c => c.Name))})\nVALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",\n       (")
                .AppendJoin(", ", _columns.Select((_, column) => Parameter(column, row)))
                .Append(')');
        }

        return sql.ToString();
    }

    /// <summary>The parameter that carries a column's value for one row of a statement: <c>@volunteers_7</c>.</summary>
    public string Parameter(int column, int row) => string.Create(CultureInfo.InvariantCulture, $"@{_columns[column].Name}_{row}");

    /// <summary>Hands every column's value of the row to the binder, each under its column's index.</summary>
    public void Bind(TRow row, IColumnBinder binder)
    {
        for (var column = 0; column < _columns.Length; column++)
        {
            _columns[column].Bind(row, binder, column);
        }
    }

    private StagedTable<TRow> With(StagedColumn<TRow> column) =>
        _columns.Any(c => c.Name == column.Name)
            ? throw new ArgumentException($"{Name} already has a column {column.Name}.", nameof(column))
            : new StagedTable<TRow>(Name, [.. _columns, column]);

    // Names are written into the statements, not passed as values: only plain lower-case SQL
    // names, which both engines take unquoted, are accepted.
    private static string SqlName(string name) =>
        name is { Length: > 0 } && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? name
            : throw new ArgumentException($"'{name}' is not a plain lower-case SQL name.", nameof(name));
}
