using System.Globalization;

namespace Multistore.Admin.Routing;

/// <summary>
/// A number typed into an admin form: "4.90" or "4,90" (either decimal mark, no thousands separators);
/// empty is no number. Shown back in invariant form so the field reads the same in every admin culture.
/// </summary>
public static class FormNumber
{
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    public static bool TryParseWhole(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    public static string Show(decimal? value) => value?.ToString("0.00##", CultureInfo.InvariantCulture) ?? "";

    public static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
