using System.Text;
using System.Xml;

namespace VolunteerDW.Reports.Rendering;

/// <summary>Escapes text for HTML and for SVG/XML, in content and in quoted attributes alike.</summary>
internal static class Markup
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case var _ when char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c):
                    builder.Append(c).Append(text[++i]);
                    break;
                // Submitted text may carry control characters or broken surrogates: they would make
                // the SVG unparseable as XML, so they become the replacement character.
                case var _ when !XmlConvert.IsXmlChar(c): builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }
    }
}
