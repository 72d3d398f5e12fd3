using Fluid;
using Fluid.Values;

namespace Multistore.Theming;

/// <summary>
/// <c>{{ order.placed | date_format: "D" }}</c>: a .NET standard or custom date format in the request culture
/// and the store's time zone ("d" short date by default), so "29.11.2026", "11/29/2026" and "٢٩/١١/٢٠٢٦" come
/// from one template.
/// </summary>
internal static class DateFormatFilter
{
    public static ValueTask<FluidValue> Format(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!input.TryGetDateTimeInput(context, out var value))
        {
            return NilValue.Instance;
        }

        var local = TimeZoneInfo.ConvertTime(value, context.TimeZone);
        var format = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "d";
        return new StringValue(local.ToString(format, context.CultureInfo));
    }
}
