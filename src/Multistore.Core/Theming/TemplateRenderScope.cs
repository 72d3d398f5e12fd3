namespace Multistore.Theming;

/// <summary>
/// How the render running on this async flow looks templates up: with the store's overrides (noting which it used),
/// without them (the fallback after an override failed), or with an editor's unsaved candidate in place.
/// Ambient because partials are found through Fluid's file provider, which is shared by every render of the tenant.
/// </summary>
internal sealed class TemplateRenderScope
{
    private static readonly AsyncLocal<TemplateRenderScope?> Ambient = new();

    /// <summary>Render with the theme's templates only.</summary>
    public bool ThemeOnly { get; init; }

    /// <summary>An editor's unsaved source for one template, used instead of the stored override.</summary>
    public TemplateCandidate? Candidate { get; init; }

    /// <summary>The overrides (or candidate) this render used.</summary>
    public HashSet<string> UsedOverrides { get; } = new(StringComparer.Ordinal);

    public static TemplateRenderScope? Current => Ambient.Value;

    /// <summary>Makes <paramref name="scope"/> current until the returned value is disposed.</summary>
    public static IDisposable Enter(TemplateRenderScope scope)
    {
        var previous = Ambient.Value;
        Ambient.Value = scope;
        return new Exit(previous);
    }

    private sealed class Exit(TemplateRenderScope? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
