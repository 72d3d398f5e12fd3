using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Multistore.Admin.Routing;
using Multistore.Tax.Domain;

namespace Multistore.Tax.Admin;

/// <summary>Checks a posted tax rule field by field, as the recipe step checks a rule, and turns it into rates.</summary>
internal static partial class TaxRuleFormValidator
{
    public static TaxRule? Validate(TaxRuleForm form, FormErrors errors, IStringLocalizer t)
    {
        var country = form.Country?.Trim().ToUpperInvariant() ?? "";
        if (!CountryCode.IsValid(country))
        {
            errors.Add(nameof(form.Country), t["Enter the country as its two-letter ISO code, e.g. DE, SE or US."]);
        }

        var region = form.Region?.Trim().ToUpperInvariant() ?? "";
        if (region.Length > 10 || region.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            errors.Add(nameof(form.Region), t["Enter the region as a short code (NY, CA) of at most 10 letters or digits, or leave it empty for the whole country."]);
        }

        var name = form.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            errors.Add(nameof(form.Name), t["Enter the tax's name as receipts show it (MwSt., Moms, NY sales tax), at most 100 characters."]);
        }

        var rates = ReadRates(form, errors, t);
        if (rates.Count > 0 && !rates.Any(r => r.TaxClass == TaxRateTable.Standard))
        {
            errors.Add(TaxRuleForm.RateField(0, "TaxClass"), t["Give the rule a 'standard' rate: products of a class the rule does not list are taxed at it."]);
        }

        return errors.IsValid ? new TaxRule(country, region, name, rates) : null;
    }

    private static List<TaxRate> ReadRates(TaxRuleForm form, FormErrors errors, IStringLocalizer t)
    {
        var rates = new List<TaxRate>();
        var shippingRow = int.TryParse(form.ShippingRow, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : -1;
        for (var i = 0; i < form.Rates.Count; i++)
        {
            var input = form.Rates[i];
            if (input.IsEmpty)
            {
                continue;
            }

            var taxClass = input.TaxClass?.Trim().ToLowerInvariant() ?? "";
            if (!ClassPattern().IsMatch(taxClass))
            {
                errors.Add(TaxRuleForm.RateField(i, "TaxClass"), t["Name the tax class in lower case letters, digits or dashes (standard, reduced, books), at most 50."]);
            }
            else if (rates.Any(r => r.TaxClass == taxClass))
            {
                errors.Add(TaxRuleForm.RateField(i, "TaxClass"), t["The class '{0}' has a rate in another row already.", taxClass]);
            }

            if (!FormNumber.TryParse(input.Percent, out var percent) || percent is null or < 0 or > 100)
            {
                errors.Add(TaxRuleForm.RateField(i, "Percent"), t["Enter the rate as a percentage from 0 to 100, e.g. 19 or 8.875."]);
            }

            rates.Add(new TaxRate { TaxClass = taxClass, Rate = percent ?? 0m, AppliesToShipping = i == shippingRow });
        }

        if (rates.Count == 0)
        {
            errors.Add(TaxRuleForm.RateField(0, "Percent"), t["Enter at least the standard rate."]);
        }
        else if (shippingRow >= 0 && (shippingRow >= form.Rates.Count || form.Rates[shippingRow].IsEmpty))
        {
            errors.Add(nameof(form.ShippingRow), t["Shipping is taxed at the rate of a row that has one: choose a filled row, or 'not taxed'."]);
        }

        return rates;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex ClassPattern();
}
