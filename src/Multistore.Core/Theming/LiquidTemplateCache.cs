using System.Collections.Concurrent;
using Fluid;

namespace Multistore.Theming;

/// <summary>Parsed templates shared by every tenant: a theme file is parsed once per process, an override once per edit.</summary>
public sealed class LiquidTemplateCache
{
    private readonly FluidParser _parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly ConcurrentDictionary<string, (long Stamp, IFluidTemplate Template)> _templates = new(StringComparer.Ordinal);

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

    /// <summary>Parses or throws <see cref="LiquidSyntaxException"/> naming line and column.</summary>
    public IFluidTemplate Parse(string source, string name) =>
        _parser.TryParse(source, out var template, out var error)
            ? template
            : throw new LiquidSyntaxException(name, error);
}
