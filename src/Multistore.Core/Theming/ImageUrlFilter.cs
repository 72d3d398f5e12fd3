using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Multistore.Theming;

/// <summary>
/// <c>{{ product.image | image_url: width: 400 }}</c>: the image's URL asking the media endpoint for a resized
/// copy (width and/or height in pixels, clamped to 16–2400 so a template cannot ask for huge renditions).
/// Absolute URLs pass through with the size appended the same way.
/// </summary>
internal static class ImageUrlFilter
{
    public static ValueTask<FluidValue> ImageUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var url = input.ToStringValue();
        if (string.IsNullOrEmpty(url))
        {
            return new StringValue("");
        }

        var query = new List<string>();
        foreach (var name in new[] { "width", "height" })
        {
            if (arguments.HasNamed(name) && arguments[name].ToNumberValue() is var size and > 0)
            {
                query.Add($"{name[0]}={Math.Clamp((int)size, 16, 2400).ToString(CultureInfo.InvariantCulture)}");
            }
        }

        if (query.Count == 0 && arguments.Count > 0 && arguments.At(0).ToNumberValue() is var width and > 0)
        {
            query.Add($"w={Math.Clamp((int)width, 16, 2400).ToString(CultureInfo.InvariantCulture)}");
        }

        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new StringValue(query.Count == 0 ? url : url + separator + string.Join('&', query));
    }
}
