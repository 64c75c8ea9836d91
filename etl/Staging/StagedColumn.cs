using System.Data;

namespace VolunteerDW.Etl.Staging;

/// <summary>
/// Where a row's values go, column by column and typed: a prepared statement's parameters, or the
/// rows a batch holds for a server. The column's index is its place in the table's declaration.
/// </summary>
internal interface IColumnBinder
{
    void Text(int column, string? value);

    void Number(int column, long? value);
}

/// <summary>
/// One column of a staged table: its name, and how its value is taken from a row. Values are
/// handed over typed, so no row is boxed into an array on its way to the database.
/// </summary>
internal abstract class StagedColumn<TRow>
{
    private protected StagedColumn(string name) => Name = name;

    public string Name { get; }

    /// <summary>The parameter's type on a server, declared rather than guessed from each value, so a null is typed too.</summary>
    public abstract DbType Type { get; }

    /// <summary>Hands the row's value of this column to the binder, as column <paramref name="column"/>.</summary>
    public abstract void Bind(TRow row, IColumnBinder binder, int column);
}

/// <summary>A column of text (codes, titles, the load's id).</summary>
internal sealed class TextColumn<TRow>(string name, Func<TRow, string?> value) : StagedColumn<TRow>(name)
{
    public override DbType Type => DbType.String;

    public override void Bind(TRow row, IColumnBinder binder, int column) => binder.Text(column, value(row));
}

/// <summary>A column of whole numbers (counts, tenge, date keys, row numbers).</summary>
internal sealed class NumberColumn<TRow>(string name, Func<TRow, long?> value) : StagedColumn<TRow>(name)
{
    public override DbType Type => DbType.Int64;

    public override void Bind(TRow row, IColumnBinder binder, int column) => binder.Number(column, value(row));
}
