using Multistore.Commerce;

namespace Multistore.Payments.Services;

/// <summary>Converts between amounts and the integer minor units providers and our tables use (öre, cents, yen).</summary>
public static class MinorUnits
{
    public static long FromAmount(decimal amount, string currency) =>
        (long)(Commerce.Currency.Round(amount, currency) * Factor(currency));

    public static long FromMoney(Money money) => FromAmount(money.Amount, money.Currency);

    public static decimal ToAmount(long minor, string currency) => minor / Factor(currency);

    /// <summary>The amount with exactly the currency's decimals and a dot ("129.90"), for machines and bank forms.</summary>
    public static string ToInvariantText(long minor, string currency) =>
        ToAmount(minor, currency).ToString("F" + Commerce.Currency.MinorUnits(currency), System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Factor(string currency) => (decimal)Math.Pow(10, Commerce.Currency.MinorUnits(currency));
}
