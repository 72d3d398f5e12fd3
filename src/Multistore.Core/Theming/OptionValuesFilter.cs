using Fluid;
using Fluid.Values;

namespace Multistore.Theming;

/// <summary>
/// <c>{{ product.variants | option_values: 0 }}</c>: the distinct values of one product option (size, color...)
/// across the variants, in the order they first appear, so a variant picker can offer one choice per option.
/// </summary>
internal static class OptionValuesFilter
{
    public static async ValueTask<FluidValue> OptionValues(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var index = arguments.Count > 0 ? (int)arguments.At(0).ToNumberValue() : 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<FluidValue>();
        foreach (var variant in input.Enumerate(context))
        {
            var optionValues = await variant.GetValueAsync("values", context);
            var value = (await optionValues.GetIndexAsync(NumberValue.Create(index), context)).ToStringValue();
            if (value.Length > 0 && seen.Add(value))
            {
                values.Add(new StringValue(value));
            }
        }

        return new ArrayValue(values);
    }
}
