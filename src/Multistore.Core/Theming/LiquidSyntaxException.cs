namespace Multistore.Theming;

/// <summary>A template that does not parse; the message carries Fluid's line and column.</summary>
public sealed class LiquidSyntaxException(string template, string error)
    : Exception($"Template '{template}' does not parse: {error}")
{
    public string Template { get; } = template;
    public string Error { get; } = error;
}
