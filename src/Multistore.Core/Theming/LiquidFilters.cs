using System.Globalization;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Multistore.Commerce;

namespace Multistore.Theming;

/// <summary>The storefront's own Liquid filters: money, url, asset_url, culture_url and number.</summary>
internal static class LiquidFilters
{
    public const string CurrencyKey = "multistore.currency";
    public const string ThemeKey = "multistore.theme";

    public static void Register(FilterCollection filters, IHttpContextAccessor http)
    {
        filters.AddFilter("money", (input, _, context) =>
        {
            if (input is MoneyValue money)
            {
                return new StringValue(Currency.Format(money.Money.Amount, money.Money.Currency, context.CultureInfo));
            }

            var currency = context.AmbientValues.TryGetValue(CurrencyKey, out var code) ? (string)code : "USD";
            return new StringValue(Currency.Format(input.ToNumberValue(), currency, context.CultureInfo));
        });

        filters.AddFilter("url", (input, _, _) =>
        {
            var path = input.ToStringValue();
            var pathBase = http.HttpContext?.Request.PathBase.Value ?? "";
            return new StringValue(path.StartsWith('/') ? pathBase + path : path);
        });

        filters.AddFilter("asset_url", (input, _, context) =>
        {
            var theme = context.AmbientValues.TryGetValue(ThemeKey, out var name) ? (string)name : "Storefront";
            var pathBase = http.HttpContext?.Request.PathBase.Value ?? "";
            return new StringValue($"{pathBase}/themes/{Uri.EscapeDataString(theme)}/{input.ToStringValue().TrimStart('/')}");
        });

        // {{ 'fr-FR' | culture_url }}: this page in another of the store's cultures, remembered in the cookie.
        filters.AddFilter("culture_url", (input, _, context) =>
        {
            var culture = input.ToStringValue();
            var view = context.GetValue("request").ToObjectValue() as RequestView;
            var link = view?.Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
            return new StringValue(link?.SwitchUrl ?? "");
        });

        filters.AddFilter("number", (input, arguments, context) =>
        {
            var decimals = arguments.Count > 0 ? (int)arguments.At(0).ToNumberValue() : 0;
            return new StringValue(input.ToNumberValue().ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), context.CultureInfo));
        });
    }
}
