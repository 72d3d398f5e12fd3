using System.Globalization;
using Microsoft.Extensions.Localization;
using Multistore.Commerce;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Admin;

/// <summary>A rate's terms in a line of the admin: "€4.90, free from €50.00" or "up to 5 kg €14.90, up to 31.5 kg €24.90".</summary>
internal static class RateTerms
{
    public static string Describe(ShippingRate rate, string currency, IStringLocalizer t)
    {
        var culture = CultureInfo.CurrentCulture;
        var price = rate.Tiers.Count > 0
            ? string.Join(", ", rate.Tiers.OrderBy(t => t.UpToKg).Select(tier => t["up to {0} kg {1}", tier.UpToKg.ToString("0.###", culture), Currency.Format(tier.Price, currency, culture)].Value))
            : Currency.Format(rate.Price, currency, culture);
        return rate.FreeAbove is { } free ? t["{0}, free from {1}", price, Currency.Format(free, currency, culture)] : price;
    }
}
