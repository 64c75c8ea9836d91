using System.Collections;
using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace VolunteerDW.Etl.Reading;

/// <summary>
/// A worksheet's rows, read from the workbook's bytes afresh each time they are enumerated and
/// handed out one at a time: a sheet of any length takes the memory of one row.
/// </summary>
internal sealed class WorksheetRows(byte[] content, string entryName, IReadOnlyList<string> strings) : IEnumerable<RawRow>
{
    public IEnumerator<RawRow> GetEnumerator()
    {
        using var zip = Guard(() => new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read));
        using var xml = Guard(() => XlsxReader.Xml(zip.GetEntry(entryName)!.Open()));
        Func<RawRow?> next = new RowReader(xml, strings).Next;
        while (Guard(next) is { } row)
        {
            yield return row;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The sheet's XML is read while the submission is parsed, so damage deep inside it surfaces
    // there — as the same rejection a damaged package gets when it is opened.
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException)
        {
            throw XlsxReader.NotAWorkbook();
        }
    }

    /// <summary>Reads rows straight from the sheet's XML in one forward pass, far cheaper than materialising each as objects.</summary>
    private sealed class RowReader(XmlReader xml, IReadOnlyList<string> strings)
    {
        private readonly TextCollector _text = new();
        private readonly TextParts _value = new();
        private readonly TextParts _formula = new();
        private Dictionary<int, RawCell> _cells = [];
        private int _row;
        private int _nextRow = 1;
        private int _column;
        private int _nextColumn;
        private bool _inValue;
        private bool _hasValue;
        private bool _hasFormula;
        private bool _inFormula;
        private int _shared;
        private HashSet<int>? _linkedShared;
        private string? _type;

        /// <summary>The next row holding a cell, or null at the end of the sheet.</summary>
        public RawRow? Next()
        {
            while (xml.Read())
            {
                _text.Observe(xml);
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element when xml.LocalName == "row":
                        _row = xml.GetAttribute("r") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : _nextRow;
                        (_nextRow, _nextColumn) = (_row + 1, 0);
                        // Rows of a sheet are alike: the last one's width spares the dictionary its growing.
                        _cells = new Dictionary<int, RawCell>(_cells.Count);
                        break;
                    case XmlNodeType.Element when xml.LocalName == "c":
                        _column = xml.GetAttribute("r") is { } reference ? XlsxReader.ColumnIndex(reference) : _nextColumn;
                        _nextColumn = _column + 1;
                        _type = xml.GetAttribute("t");
                        (_hasValue, _hasFormula) = (false, false);
                        _value.TakeOrNull();
                        _formula.TakeOrNull();
                        _text.Take();
                        break;
                    case XmlNodeType.Element when xml.LocalName == "v":
                        _hasValue = true;
                        _inValue = !xml.IsEmptyElement;
                        break;
                    case XmlNodeType.Element when xml.LocalName == "f":
                        _hasFormula = true;
                        _inFormula = !xml.IsEmptyElement;
                        _shared = SharedIndex(xml);
                        break;
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when _inValue:
                        _value.Add(xml.Value);
                        break;
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when _inFormula:
                        _formula.Add(xml.Value);
                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "v":
                        _inValue = false;
                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "f":
                        _inFormula = false;
                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "c":
                        if (Cell() is { } cell)
                        {
                            _cells[_column] = cell;
                        }

                        break;
                    case XmlNodeType.EndElement when xml.LocalName == "row" && _cells.Count > 0:
                        return new RawRow(_row, _cells);
                }
            }

            return null;
        }

        /// <summary>The cell just read; a formula's text is taken only from a cell that has one.</summary>
        private RawCell? Cell()
        {
            var raw = _value.TakeOrNull();
            if (_hasFormula)
            {
                var formula = _formula.TakeOrNull();
                if (IsLinked(formula))
                {
                    return new RawCell(_row, _column, FormulaText(formula), null, CellHolds.ExternalLink);
                }

                if (!IsCalculated(raw))
                {
                    return new RawCell(_row, _column, FormulaText(formula), null, CellHolds.FormulaNotCalculated);
                }
            }

            return Value(_type, raw, _text.Take(), strings, _row, _column);
        }

        // A shared formula's text is stored in its first cell only, which comes first in the sheet:
        // the others are linked if it is, and are known by its index.
        private bool IsLinked(string? formula)
        {
            if (formula is null)
            {
                return _shared >= 0 && _linkedShared is not null && _linkedShared.Contains(_shared);
            }

            if (!ExternalReference.In(formula))
            {
                return false;
            }

            if (_shared >= 0)
            {
                (_linkedShared ??= []).Add(_shared);
            }

            return true;
        }

        /// <summary>The index of the shared formula an <c>f</c> element is part of, or -1.</summary>
        private static int SharedIndex(XmlReader xml) =>
            xml.GetAttribute("t") == "shared" && int.TryParse(xml.GetAttribute("si"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? index
                : -1;

        // A formula's result is stored in <v>. Programs that do not calculate leave it out or empty;
        // an empty result of type "str" is a result, though: the formula gave the empty string, a blank.
        private bool IsCalculated(string? raw) => raw is not null || (_type == "str" && _hasValue);

        // Shown as typed; a cell sharing another's formula has no text of its own (null).
        private static string? FormulaText(string? formula) => formula is null ? null : "=" + formula;

        private static RawCell? Value(string? type, string? raw, string inline, IReadOnlyList<string> strings, int row, int column)
        {
            if (type == "inlineStr")
            {
                return new RawCell(row, column, inline, null);
            }

            if (raw is null)
            {
                return null;
            }

            switch (type)
            {
                case "s":
                    var index = int.Parse(raw, CultureInfo.InvariantCulture);
                    return new RawCell(row, column, index >= 0 && index < strings.Count ? strings[index] : string.Empty, null);
                case "str" or "e" or "d":
                    return new RawCell(row, column, raw, null);
                case "b":
                    return new RawCell(row, column, raw is "1" or "true" ? "TRUE" : "FALSE", null, CellHolds.Logical);
                default:
                    return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        ? new RawCell(row, column, null, number)
                        : new RawCell(row, column, raw, null);
            }
        }
    }
}
