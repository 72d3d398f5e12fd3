using System.Globalization;
using Fluid;

namespace Multistore.Theming;

/// <summary>Says in an editor's words why a template failed to render.</summary>
internal static class TemplateRenderFailure
{
    public static string Describe(Exception exception, LiquidLimits limits) => exception switch
    {
        LiquidLimitException limit => limit.Message,
        // Fluid reports both its step and its nesting limit with the same message about recursion.
        InvalidOperationException when exception.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase) =>
            string.Create(CultureInfo.InvariantCulture, $"it ran more than {limits.MaxSteps:N0} steps or nested renders deeper than {limits.MaxRecursion}"),
        FileNotFoundException missing => $"the partial '{missing.FileName ?? missing.Message}' does not exist",
        DivideByZeroException => "it divides by zero (divided_by or modulo with 0)",
        ParseException parse => $"a partial does not parse: {parse.Message}",
        LiquidSyntaxException syntax => $"a partial does not parse: {syntax.Summary}",
        _ => exception.Message,
    };
}
