using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Multistore.Admin.Routing;

/// <summary>Fills a page's <c>[Parameter]</c> properties from the route values, then the query string, by name.</summary>
public static class ComponentParameters
{
    public static Dictionary<string, object?> From<TPage>(HttpContext context)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in typeof(TPage).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<ParameterAttribute>() is null)
            {
                continue;
            }

            var text = context.Request.RouteValues.TryGetValue(property.Name, out var routeValue) && routeValue is not null
                ? routeValue.ToString()
                : FindQuery(context.Request.Query, property.Name);
            if (text is not null && Convert(text, property.PropertyType) is { } value)
            {
                result[property.Name] = value;
            }
        }

        return result;
    }

    private static string? FindQuery(IQueryCollection query, string name)
    {
        foreach (var (key, values) in query)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return values.ToString();
            }
        }

        return null;
    }

    private static object? Convert(string text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return text;
        }

        var converter = TypeDescriptor.GetConverter(target);
        try
        {
            return converter.CanConvertFrom(typeof(string)) ? converter.ConvertFromInvariantString(text) : null;
        }
        catch (Exception exception) when (exception is FormatException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
