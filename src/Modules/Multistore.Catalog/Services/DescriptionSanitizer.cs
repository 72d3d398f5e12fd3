using Ganss.Xss;

namespace Multistore.Catalog.Services;

/// <summary>
/// Rich text from editors and imports goes through here before it is stored: scripts, event handlers and
/// <c>javascript:</c> links are removed, formatting stays.
/// </summary>
public sealed class DescriptionSanitizer
{
    private readonly HtmlSanitizer _sanitizer = new();

    public DescriptionSanitizer()
    {
        _sanitizer.AllowedSchemes.Add("mailto");
    }

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html).Trim();
}
