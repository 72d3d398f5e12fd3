using System.Globalization;
using Multistore.Commerce;

namespace Multistore.Feeds.Writers;

/// <summary>Money as Google reads it, whatever the request's culture: <c>1234.50 SEK</c> (the currency's minor units, a point).</summary>
public static class FeedMoney
{
    public static string Format(Money money) =>
        Currency.Round(money.Amount, money.Currency).ToString("F" + Currency.MinorUnits(money.Currency), CultureInfo.InvariantCulture) + " " + money.Currency;
}
