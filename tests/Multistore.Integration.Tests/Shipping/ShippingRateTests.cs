using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shipping;

public sealed class ShippingRateTests
{
    private const string Recipe = """
        {
          "name": "shipping-rules",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Shipping" ] },
            { "name": "shipping",
              "zones": [
                { "name": "United States", "areas": [ { "country": "US" } ], "rates": [
                  { "code": "ground", "name": "Ground", "price": 7.95, "freeAbove": 100 },
                  { "code": "freight", "name": "Freight", "tiers": [ { "upToKg": 5, "price": 12 }, { "upToKg": 20, "price": 29.5 } ] } ] },
                { "name": "Alaska and Hawaii", "areas": [ { "country": "US", "region": "AK" }, { "country": "US", "region": "HI" } ], "rates": [
                  { "code": "air", "name": "Air mail", "price": 24 } ] },
                { "name": "Rest of world", "areas": [ { "country": "*" } ], "rates": [
                  { "code": "intl", "name": "International", "price": 39 } ] } ],
              "pickup": { "offer": "kiosk", "locations": [ { "code": "nyc", "name": "Outlet Manhattan", "address": "5th Avenue 1, New York" } ] } }
          ]
        }
        """;

    private static readonly Lazy<Task<TestTenant>> Store = new(() => MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe));

    private static async Task<IReadOnlyList<ShippingQuote>> QuoteAsync(string country, string? region, decimal subtotal, decimal weightKg, string touchpoint = Touchpoints.Web)
    {
        await using var scope = await (await Store.Value).ScopeAsync();
        var quotes = new List<ShippingQuote>();
        foreach (var provider in scope.ServiceProvider.GetServices<IShippingRateProvider>())
        {
            quotes.AddRange(await provider.QuoteAsync(new ShippingRequest(new Address { Country = country, Region = region }, new Money(subtotal, "USD"), weightKg, touchpoint), CancellationToken.None));
        }

        return quotes;
    }

    [Fact]
    public async Task FlatRateBelowTheThresholdAndFreeAboveIt()
    {
        var small = await QuoteAsync("US", "NY", 60m, 1m);
        var large = await QuoteAsync("US", "NY", 100m, 1m);

        Assert.Equal(new Money(7.95m, "USD"), small.Single(q => q.Code == "ground").Price);
        Assert.Equal(new Money(0m, "USD"), large.Single(q => q.Code == "ground").Price);
    }

    [Fact]
    public async Task WeightTiersPriceByTheFirstTierTheParcelFitsAndDropTooHeavyParcels()
    {
        Assert.Equal(new Money(12m, "USD"), (await QuoteAsync("US", "CA", 50m, 5m)).Single(q => q.Code == "freight").Price);
        Assert.Equal(new Money(29.5m, "USD"), (await QuoteAsync("US", "CA", 50m, 5.1m)).Single(q => q.Code == "freight").Price);
        Assert.DoesNotContain(await QuoteAsync("US", "CA", 50m, 25m), q => q.Code == "freight");
    }

    [Fact]
    public async Task TheMostSpecificZoneWins()
    {
        Assert.Equal(["air"], (await QuoteAsync("US", "HI", 50m, 1m)).Select(q => q.Code));
        Assert.Equal(["intl"], (await QuoteAsync("DE", null, 50m, 1m)).Select(q => q.Code));
    }

    [Fact]
    public async Task PickupIsOfferedAtKiosksOnlyAsTheStoreChose()
    {
        var web = await QuoteAsync("US", "NY", 50m, 1m, Touchpoints.Web);
        var kiosk = await QuoteAsync("US", "NY", 50m, 1m, Touchpoints.Kiosk);

        Assert.DoesNotContain(web, q => q.PickupLocation is not null);
        var pickup = Assert.Single(kiosk, q => q.PickupLocation is not null);
        Assert.Equal("pickup:nyc", pickup.Code);
        Assert.Equal(new Money(0m, "USD"), pickup.Price);
        Assert.Equal("Outlet Manhattan, 5th Avenue 1, New York", pickup.PickupLocation);
    }
}
