using System.Text;

namespace VolunteerDW.Etl.Reading;

/// <summary>
/// The text of one element, which the XML reader may hand over in several parts: nearly always
/// one, which is then kept as it came rather than copied through a builder.
/// </summary>
internal sealed class TextParts
{
    private readonly StringBuilder _joined = new();
    private string? _first;

    public void Add(string part)
    {
        if (_first is null)
        {
            _first = part;
            return;
        }

        if (_joined.Length == 0)
        {
            _joined.Append(_first);
        }

        _joined.Append(part);
    }

    /// <summary>The text so far, or null when there was none; and starts afresh.</summary>
    public string? TakeOrNull()
    {
        var text = _joined.Length > 0 ? _joined.ToString() : _first;
        _joined.Clear();
        _first = null;
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
