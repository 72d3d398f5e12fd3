using System.Globalization;
using System.Text.RegularExpressions;

namespace Multistore.Theming;

/// <summary>A template that does not parse; the message carries Fluid's line and column.</summary>
public sealed partial class LiquidSyntaxException(string template, string error)
    : Exception($"Template '{template}' does not parse: {error}")
{
    public string Template { get; } = template;

    public string Error { get; } = error;

    /// <summary>Where parsing stopped, from Fluid's "(line:column)", or null when it gave none.</summary>
    public (int Line, int Column)? Position =>
        PositionPattern().Match(Error) is { Success: true } match
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    /// <summary>The first line of Fluid's error, with the position spelled out: "'{% endif %}' was expected at line 2, column 24".</summary>
    public string Summary
    {
        get
        {
            var first = Error.Split('\n')[0].Trim();
            return Position is { } at ? PositionPattern().Replace(first, $"line {at.Line}, column {at.Column}") : first;
        }
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
