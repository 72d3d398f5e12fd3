using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Multistore.Admin.Routing;
using Multistore.Shipping.Settings;

namespace Multistore.Shipping.Admin;

/// <summary>Checks the pickup form row by row, as the recipe step checks its <c>pickup</c> part.</summary>
public static partial class PickupFormValidator
{
    public static PickupSettings? Validate(PickupForm form, FormErrors errors, IStringLocalizer t)
    {
        var offer = PickupOffer.All.FirstOrDefault(o => string.Equals(o, form.Offer, StringComparison.OrdinalIgnoreCase));
        if (offer is null)
        {
            errors.Add(nameof(form.Offer), t["Choose when shoppers may pick up: never, at kiosks, or always."]);
        }

        var locations = new List<PickupLocation>();
        for (var i = 0; i < form.Locations.Count; i++)
        {
            var row = form.Locations[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var code = row.Code?.Trim().ToLowerInvariant() ?? "";
            if (!CodePattern().IsMatch(code) || locations.Any(l => l.Code == code))
            {
                errors.Add(PickupForm.LocationField(i, "Code"), t["Enter a code of lower case letters, digits or dashes (nyc, berlin-mitte), unlike the other locations."]);
            }

            if (string.IsNullOrWhiteSpace(row.Name) || row.Name.Trim().Length > 100)
            {
                errors.Add(PickupForm.LocationField(i, "Name"), t["Enter the store's name as shoppers know it, at most 100 characters."]);
            }

            if (string.IsNullOrWhiteSpace(row.Address) || row.Address.Trim().Length > 300)
            {
                errors.Add(PickupForm.LocationField(i, "Address"), t["Enter the address shoppers go to, at most 300 characters."]);
            }

            locations.Add(new PickupLocation { Code = code, Name = row.Name?.Trim() ?? "", Address = row.Address?.Trim() ?? "" });
        }

        if (offer is not null && offer != PickupOffer.Never && locations.Count == 0)
        {
            errors.Add(nameof(form.Offer), t["Add at least one location where orders can be picked up, or choose 'never'."]);
        }

        return errors.IsValid ? new PickupSettings { Offer = offer!, Locations = locations } : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();
}
