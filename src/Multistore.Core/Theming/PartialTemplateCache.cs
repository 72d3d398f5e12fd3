using System.Collections.Concurrent;
using Fluid;

namespace Multistore.Theming;

/// <summary>
/// Parsed partials of one tenant, one version per name: a lookup hits only when the file's version (its
/// <c>LastModified</c>, which <see cref="TemplateFileInfo"/> derives from the source) matches, so the override,
/// an editor's candidate and the theme's own partial never stand in for each other.
/// </summary>
// Fluid marks its cache interface experimental; a cache of our own is how partials get keyed by their version.
#pragma warning disable FLUID001
internal sealed class PartialTemplateCache : ITemplateCache
#pragma warning restore FLUID001
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Version, IFluidTemplate Template)> _templates = new(StringComparer.Ordinal);

    public bool TryGetTemplate(string name, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        if (_templates.TryGetValue(name, out var cached) && cached.Version == lastModified)
        {
            template = cached.Template;
            return true;
        }

        template = null!;
        return false;
    }

    public void SetTemplate(string name, DateTimeOffset lastModified, IFluidTemplate template) => _templates[name] = (lastModified, template);
}
