using Multistore.Shipping.Domain;

namespace Multistore.Modules.Tests.Shipping.Domain;

public sealed class ShippingRateTests
{
    [Fact]
    public void AFlatRateCostsItsPriceWhateverTheWeight()
    {
        var rate = new ShippingRate { Price = 4.90m };

        Assert.Equal(4.90m, rate.PriceFor(subtotal: 10m, weightKg: 30m));
    }

    [Theory]
    [InlineData(0.5, 5)]
    [InlineData(1.0, 5)]
    [InlineData(1.001, 9)]
    [InlineData(5.0, 9)]
    public void ATieredRateCostsTheFirstTierTheParcelFitsWithItsLimitInclusive(double weightKg, double expected)
    {
        var rate = Tiered((5m, 9m), (1m, 5m));

        Assert.Equal((decimal)expected, rate.PriceFor(10m, (decimal)weightKg));
    }

    [Fact]
    public void AParcelHeavierThanEveryTierIsNotOfferedTheRate()
    {
        var rate = Tiered((1m, 5m), (5m, 9m));

        Assert.Null(rate.PriceFor(10m, 5.5m));
    }

    [Theory]
    [InlineData(49.99, 4.90)]
    [InlineData(50, 0)]
    [InlineData(120, 0)]
    public void ARateIsFreeOnceTheGoodsReachItsThreshold(double subtotal, double expected)
    {
        var rate = new ShippingRate { Price = 4.90m, FreeAbove = 50m };

        Assert.Equal((decimal)expected, rate.PriceFor((decimal)subtotal, 1m));
    }

    [Fact]
    public void TheFreeThresholdDoesNotMakeATooHeavyParcelShippable()
    {
        var rate = Tiered((1m, 5m));
        rate.FreeAbove = 50m;

        Assert.Null(rate.PriceFor(500m, 2m));
    }

    private static ShippingRate Tiered(params (decimal UpToKg, decimal Price)[] tiers) =>
        new() { Price = 99m, Tiers = [.. tiers.Select(t => new ShippingRateTier { UpToKg = t.UpToKg, Price = t.Price })] };
}
