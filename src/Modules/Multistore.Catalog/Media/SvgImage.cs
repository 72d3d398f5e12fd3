using System.Globalization;
using System.Text;
using System.Xml;

namespace Multistore.Catalog.Media;

/// <summary>
/// Reads an SVG product image: its size from <c>width</c>/<c>height</c> or the <c>viewBox</c>, and whether it is a
/// picture only. An SVG is a document that can carry script, event handlers, foreign HTML and links to other files,
/// so such content is refused; the media endpoint's sandboxing Content-Security-Policy is the second line.
/// </summary>
internal static class SvgImage
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>Whether the content starts like an SVG document (an XML declaration, a comment or the svg element).</summary>
    public static bool LooksLikeSvg(byte[] bytes)
    {
        var start = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<svg", StringComparison.Ordinal) || start.StartsWith("<!--", StringComparison.Ordinal);
    }

    /// <summary>The picture's size in CSS pixels, or null with the reason it is refused.</summary>
    public static (int Width, int Height)? Read(byte[] bytes, out string? refusal)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = ImageUploadLimits.MaxBytes };
        (int, int)? size = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (size is null)
                {
                    if (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
                    {
                        refusal = "is not an SVG image: its root element must be <svg xmlns=\"http://www.w3.org/2000/svg\">.";
                        return null;
                    }

                    size = SizeOf(reader);
                }

                if (Unsafe(reader) is { } problem)
                {
                    refusal = $"is an SVG with {problem}; product images may hold drawing only.";
                    return null;
                }
            }
        }
        catch (XmlException exception)
        {
            refusal = $"is not a well-formed SVG image: {exception.Message}";
            return null;
        }

        refusal = size is null ? "is not an SVG image." : null;
        return size;
    }

    private static string? Unsafe(XmlReader reader)
    {
        if (reader.LocalName is "script" or "foreignObject" or "iframe" or "embed" or "object")
        {
            return $"a <{reader.LocalName}> element";
        }

        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"an event handler ({reader.LocalName})";
            }

            if (reader.LocalName == "href" && !reader.Value.TrimStart().StartsWith('#'))
            {
                return $"a link to another document ({reader.Value.Trim()})";
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static (int, int) SizeOf(XmlReader reader)
    {
        var viewBox = (reader.GetAttribute("viewBox") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var boxWidth = viewBox.Length == 4 ? Number(viewBox[2]) : null;
        var boxHeight = viewBox.Length == 4 ? Number(viewBox[3]) : null;
        var width = Number(reader.GetAttribute("width")) ?? boxWidth ?? 300;
        var height = Number(reader.GetAttribute("height")) ?? boxHeight ?? 150;
        return (Math.Max(1, (int)Math.Round(width)), Math.Max(1, (int)Math.Round(height)));
    }

    private static double? Number(string? value) =>
        double.TryParse(value?.Trim().TrimEnd('x', 'p'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
