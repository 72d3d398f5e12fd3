using System.Globalization;

namespace Multistore.Payments.Admin;

/// <summary>An amount typed in a settings form: "4.90" or "4,90"; empty is no amount.</summary>
public static class AmountField
{
    public static bool TryParse(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            return false;
        }

        amount = value;
        return true;
    }

    public static string Show(decimal? amount) => amount?.ToString("0.00##", CultureInfo.InvariantCulture) ?? "";
}
