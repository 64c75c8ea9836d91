using System.Xml;

namespace VolunteerDW.Etl.Reading;

/// <summary>Collects the text of string runs (<c>t</c> elements), leaving out phonetic hints (<c>rPh</c>).</summary>
internal sealed class TextCollector
{
    private readonly TextParts _text = new();
    private bool _inText;
    private int _phonetic;

    /// <summary>Takes note of the reader's current node; always true, for use in conditions.</summary>
    public bool Observe(XmlReader xml)
    {
        switch (xml.NodeType)
        {
            case XmlNodeType.Element when xml.LocalName == "rPh" && !xml.IsEmptyElement:
                _phonetic++;
                break;
            case XmlNodeType.EndElement when xml.LocalName == "rPh":
                _phonetic--;
                break;
            case XmlNodeType.Element when xml.LocalName == "t":
                _inText = !xml.IsEmptyElement && _phonetic == 0;
                break;
            case XmlNodeType.EndElement when xml.LocalName == "t":
                _inText = false;
                break;
            case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when _inText:
                _text.Add(xml.Value);
                break;
        }

        return true;
    }

    public string Take() => _text.TakeOrNull() ?? string.Empty;
}
