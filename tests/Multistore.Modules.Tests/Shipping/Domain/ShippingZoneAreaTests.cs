using Multistore.Shipping.Domain;

namespace Multistore.Modules.Tests.Shipping.Domain;

public sealed class ShippingZoneAreaTests
{
    [Theory]
    [InlineData("US", "CA", "US", "ca", 2)]
    [InlineData("US", "", "us", "CA", 1)]
    [InlineData("*", "", "JP", "", 0)]
    [InlineData("US", "CA", "US", "NY", -1)]
    [InlineData("DE", "", "AT", "", -1)]
    public void AnAreaMatchesARegionBetterThanACountryBetterThanEverywhere(string country, string region, string shipToCountry, string shipToRegion, int expected)
    {
        var area = new ShippingZoneArea { Country = country, Region = region };

        Assert.Equal(expected, area.Match(shipToCountry, shipToRegion));
    }
}
