using System.Numerics;

namespace Multistore.Payments.Domain;

/// <summary>ISO 13616 IBAN checks, so a typo in the account shoppers pay to is caught before it is shown to them.</summary>
internal static class Iban
{
    public static string Normalize(string iban) => iban.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsValid(string iban)
    {
        var value = Normalize(iban);
        if (value.Length is < 15 or > 34 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]) || !value.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var rearranged = value[4..] + value[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
