using System.Globalization;
using Multistore.Commerce;
using Multistore.Feeds.Writers;

namespace Multistore.Modules.Tests.Feeds.Writers;

public sealed class FeedMoneyTests
{
    [Fact]
    public void WritesTheCurrencysMinorUnitsWithAPointWhateverTheCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal("1234.50 EUR", FeedMoney.Format(new Money(1234.5m, "EUR")));
        Assert.Equal("1235 JPY", FeedMoney.Format(new Money(1234.5m, "JPY")));
        Assert.Equal("1.235 KWD", FeedMoney.Format(new Money(1.2345m, "KWD")));
    }
}
