using System.Globalization;
using Fluid;
using Fluid.Values;
using Multistore.Localization;

namespace Multistore.Theming;

/// <summary>
/// <c>{{ "Add to cart" | t }}</c>, with a msgctxt <c>{{ "Order" | t: context: "verb" }}</c>, a plural
/// <c>{{ "{0} item" | t: plural: "{0} items", count: cart.count }}</c> and positional arguments
/// <c>{{ "Hello {0}" | t: customer.name }}</c>. The text is looked up in the tenant's PO layers in the request culture.
/// </summary>
internal static class TranslateFilter
{
    public static void Register(FilterCollection filters, TenantTranslations translations) =>
        filters.AddFilter("t", (input, arguments, context) => Translate(translations, input, arguments, context));

    public static ValueTask<FluidValue> Translate(TenantTranslations? translations, FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var id = input.ToStringValue();
        var contextName = arguments.HasNamed("context") ? arguments["context"].ToStringValue() : null;
        var plural = arguments.HasNamed("plural") ? arguments["plural"].ToStringValue() : null;
        long? count = arguments.HasNamed("count") ? (long)arguments["count"].ToNumberValue() : null;
        var culture = context.CultureInfo;

        var text = translations is not null
            ? translations.Translate(culture, contextName, id, plural, count)
            : plural is not null && count is not null && count != 1 ? plural : id;

        var formatArguments = new List<object?>();
        if (count is not null)
        {
            formatArguments.Add(count.Value.ToString("N0", culture));
        }

        formatArguments.AddRange(Enumerable.Range(0, arguments.Count).Select(i => (object?)arguments.At(i).ToStringValue()));
        if (formatArguments.Count > 0 && text.Contains('{', StringComparison.Ordinal))
        {
            try
            {
                text = string.Format(culture, text, [.. formatArguments]);
            }
            catch (FormatException)
            {
                // A translator's broken placeholder shows as written rather than failing the page.
            }
        }

        return new StringValue(text);
    }
}
