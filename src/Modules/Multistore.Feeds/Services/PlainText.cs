using System.Net;
using System.Text;

namespace Multistore.Feeds.Services;

/// <summary>
/// A product description as marketplaces want it: text without markup (the catalog stores sanitized HTML), entities
/// decoded, white space collapsed, at most <see cref="MaxLength"/> characters (Google's limit).
/// </summary>
public static class PlainText
{
    public const int MaxLength = 5000;

    public static string FromHtml(string html)
    {
        var plain = Uncut(html);
        return plain.Length <= MaxLength ? plain : plain[..MaxLength];
    }

    /// <summary>The text without markup at its full length, for telling how much a cut would drop.</summary>
    public static string Uncut(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                text.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        var words = WebUtility.HtmlDecode(text.ToString()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
