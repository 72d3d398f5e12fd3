using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Multistore.Admin.Routing;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Admin;

/// <summary>Checks a posted rate field by field, as the recipe step checks one, and turns it into a rate with its tiers.</summary>
internal static partial class ShippingRateFormValidator
{
    public static ShippingRate? Validate(ShippingRateForm form, IReadOnlyCollection<string> otherCodes, FormErrors errors, IStringLocalizer t)
    {
        var code = form.Code?.Trim().ToLowerInvariant() ?? "";
        if (!CodePattern().IsMatch(code))
        {
            errors.Add(nameof(form.Code), t["Enter a code of lower case letters, digits or dashes (ground, dhl-express), at most 64; orders record it."]);
        }
        else if (otherCodes.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(nameof(form.Code), t["Another rate of this zone has the code '{0}'.", code]);
        }

        var name = form.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors.Add(nameof(form.Name), t["Enter the name shoppers choose at checkout (DHL Paket, Ground 5–7 days), at most 100 characters."]);
        }

        var rate = new ShippingRate { Id = form.Id ?? Guid.NewGuid(), ZoneId = form.ZoneId, Code = code, Name = name };
        ReadTiers(form, rate, errors, t);
        if (!FormNumber.TryParse(form.Price, out var price) || price < 0 || (price is null && rate.Tiers.Count == 0))
        {
            errors.Add(nameof(form.Price), t["Enter the price, 0 or more (0 ships free), or leave it empty and give weight tiers."]);
        }
        else if (price is not null && rate.Tiers.Count > 0)
        {
            errors.Add(nameof(form.Price), t["Leave the flat price empty when the rate has weight tiers: the price of the parcel's tier applies."]);
        }

        if (!FormNumber.TryParse(form.FreeAbove, out var freeAbove) || freeAbove < 0)
        {
            errors.Add(nameof(form.FreeAbove), t["Enter the order value from which this rate is free, 0 or more, or leave it empty."]);
        }

        rate.Price = price ?? 0m;
        rate.FreeAbove = freeAbove;
        return errors.IsValid ? rate : null;
    }

    private static void ReadTiers(ShippingRateForm form, ShippingRate rate, FormErrors errors, IStringLocalizer t)
    {
        for (var i = 0; i < form.Tiers.Count; i++)
        {
            var row = form.Tiers[i];
            if (row.IsEmpty)
            {
                continue;
            }

            if (!FormNumber.TryParse(row.UpToKg, out var upTo) || upTo is null or <= 0 || rate.Tiers.Any(t => t.UpToKg == upTo))
            {
                errors.Add(ShippingRateForm.TierField(i, "UpToKg"), t["Enter the heaviest parcel of this tier in kg, more than 0 and unlike the other tiers."]);
            }

            if (!FormNumber.TryParse(row.Price, out var tierPrice) || tierPrice is null or < 0)
            {
                errors.Add(ShippingRateForm.TierField(i, "Price"), t["Enter the tier's price, 0 or more."]);
            }

            rate.Tiers.Add(new ShippingRateTier { RateId = rate.Id, UpToKg = upTo ?? 0m, Price = tierPrice ?? 0m });
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();
}
