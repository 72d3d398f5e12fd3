using System.Collections.Concurrent;
using Fluid;

namespace Multistore.Theming;

/// <summary>Parsed templates shared by every tenant: a theme file is parsed once per process, an override once per edit.</summary>
internal sealed class LiquidTemplateCache(LiquidLimits? limits = null)
{
    private readonly BoundedRangeRewriter _ranges = new((limits ?? new LiquidLimits()).MaxRangeLength);
    private readonly FluidParser _parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly ConcurrentDictionary<string, (long Stamp, IFluidTemplate Template)> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Stamp, Microsoft.Extensions.FileProviders.IFileInfo File)> _partials = new(StringComparer.Ordinal);

    public IFluidTemplate GetOrParse(string key, long stamp, Func<string> source)
    {
        if (_templates.TryGetValue(key, out var cached) && cached.Stamp == stamp)
        {
            return cached.Template;
        }

        var template = Parse(source(), key);
        _templates[key] = (stamp, template);
        return template;
    }

    /// <summary>
    /// A theme file as <c>{% render %}</c> reads it, read from disk once per version: a product grid renders its card
    /// partial once per product, and reading the file each time was a large part of a listing page's CPU.
    /// </summary>
    public Microsoft.Extensions.FileProviders.IFileInfo Partial(string path, long stamp, string name)
    {
        if (_partials.TryGetValue(path, out var cached) && cached.Stamp == stamp)
        {
            return cached.File;
        }

        var file = new TemplateFileInfo(name, File.ReadAllText(path));
        _partials[path] = (stamp, file);
        return file;
    }

    /// <summary>Parses (with ranges bounded) or throws <see cref="LiquidSyntaxException"/> naming line and column.</summary>
    public IFluidTemplate Parse(string source, string name) =>
        _parser.TryParse(source, out var template, out var error)
            ? _ranges.VisitTemplate(template)
            : throw new LiquidSyntaxException(name, error);
}
