using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Shipping.Services;
using Multistore.Shipping.Settings;

namespace Multistore.Modules.Tests.Shipping.Services;

public sealed class PickupRateProviderTests
{
    [Theory]
    [InlineData(PickupOffer.Always, Touchpoints.Web, true)]
    [InlineData(PickupOffer.Always, Touchpoints.Kiosk, true)]
    [InlineData(PickupOffer.Kiosk, Touchpoints.Kiosk, true)]
    [InlineData(PickupOffer.Kiosk, Touchpoints.Web, false)]
    [InlineData(PickupOffer.Kiosk, Touchpoints.App, false)]
    [InlineData(PickupOffer.Never, Touchpoints.Kiosk, false)]
    public async Task PickupIsOfferedOnTheTouchpointsTheStoreChose(string offer, string touchpoint, bool offered)
    {
        var quotes = await Quote(offer, touchpoint);

        Assert.Equal(offered, quotes.Count > 0);
    }

    [Fact]
    public async Task EachLocationIsAFreeQuoteNamingWhereToCollect()
    {
        var quotes = await Quote(PickupOffer.Always, Touchpoints.Web);

        Assert.Equal(
            [
                new ShippingQuote("pickup:STHLM", "Stockholm store", Money.Zero("SEK"), "Stockholm store, Drottninggatan 1"),
                new ShippingQuote("pickup:GBG", "Gothenburg store", Money.Zero("SEK"), "Gothenburg store, Avenyn 2"),
            ],
            quotes);
    }

    private static Task<IReadOnlyList<ShippingQuote>> Quote(string offer, string touchpoint)
    {
        var settings = new PickupSettings
        {
            Offer = offer,
            Locations =
            [
                new PickupLocation { Code = "STHLM", Name = "Stockholm store", Address = "Drottninggatan 1" },
                new PickupLocation { Code = "GBG", Name = "Gothenburg store", Address = "Avenyn 2" },
            ],
        };
        var request = new ShippingRequest(new Address { Country = "SE" }, new Money(300m, "SEK"), 1m, touchpoint);
        return new PickupRateProvider(Options.Create(settings)).QuoteAsync(request, CancellationToken.None);
    }
}
