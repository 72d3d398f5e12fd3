using Microsoft.Extensions.Localization;
using Multistore.Admin.Routing;

namespace Multistore.Payments.Admin;

/// <summary>
/// The "largest order total" of an offline method's settings page (cash on delivery, invoice): empty for no limit,
/// otherwise an amount above 0. One check, so both pages accept and refuse the same input with the same words.
/// </summary>
public static class MaxAmountField
{
    public const string Error = "Enter the largest order total as an amount above 0, or leave it empty for no limit.";

    /// <summary>The limit typed in the form, or null for no limit; adds an error naming the field when the text is no such amount.</summary>
    public static decimal? Read(OfflineMethodSettingsForm form, FormErrors errors, IStringLocalizer t)
    {
        if (!AmountField.TryParse(form.MaxAmount, out var max) || max == 0)
        {
            errors.Add(nameof(form.MaxAmount), t[Error]);
            return null;
        }

        return max;
    }
}
