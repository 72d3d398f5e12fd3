namespace Multistore.Theming;

/// <summary>
/// What one page render may spend, so one store's template cannot starve the others: statements run, items in a
/// range, characters written or held in a variable, nested renders and time. Registered host-wide; a render that
/// passes a limit stops with <see cref="LiquidLimitException"/>.
/// </summary>
internal sealed record LiquidLimits
{
    /// <summary>Statements and loop iterations of one page with its layout and partials.</summary>
    public int MaxSteps { get; init; } = 1_000_000;

    /// <summary>Nested <c>{% render %}</c> and <c>{% include %}</c>.</summary>
    public int MaxRecursion { get; init; } = 20;

    /// <summary>Items a range such as <c>(1..n)</c> may hold; checked before the range is built.</summary>
    public int MaxRangeLength { get; init; } = 10_000;

    /// <summary>Characters of the rendered page, and of any one captured or assigned string (2 MB of ASCII).</summary>
    public int MaxOutputLength { get; init; } = 2_000_000;

    /// <summary>Time one render may take, measured with the host's <see cref="TimeProvider"/>.</summary>
    public TimeSpan MaxRenderTime { get; init; } = TimeSpan.FromSeconds(5);
}
