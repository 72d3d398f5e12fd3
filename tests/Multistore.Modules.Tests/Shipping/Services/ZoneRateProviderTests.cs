using Multistore.Commerce;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Shipping;
using Multistore.Shipping.Domain;
using Multistore.Shipping.Services;

namespace Multistore.Modules.Tests.Shipping.Services;

public sealed class ZoneRateProviderTests : IDisposable
{
    private readonly SqliteInMemory<ShippingDbContext> _database = new(options => new ShippingDbContext(options));

    public ZoneRateProviderTests() => _database.Seed(
        Zone("World", 2, [("*", "")], Rate("world", 25m)),
        Zone("Europe", 1, [("DE", ""), ("SE", ""), ("FR", "")], Rate("eu-express", 14m), Rate("eu-standard", 6m, freeAbove: 100m)),
        Zone("Germany", 5, [("DE", "")], Rate("de", 4.5m)),
        Zone("California", 0, [("US", "CA")], Rate("ca", 3m)),
        Zone("United States", 0, [("US", "")], Rate("us-ground", 8m), Rate("us-heavy", 0m, tiers: [(2m, 9.999m), (10m, 19m)])));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ARegionZoneWinsOverItsCountrysZone()
    {
        var quotes = await Quote("US", "ca", subtotal: 20m);

        Assert.Equal(["ca"], quotes.Select(q => q.Code));
    }

    [Fact]
    public async Task ACountryZoneWinsOverEverywhere()
    {
        var quotes = await Quote("SE", null, subtotal: 20m);

        Assert.Equal(["eu-standard", "eu-express"], quotes.Select(q => q.Code));
    }

    [Fact]
    public async Task OfTwoZonesNamingTheCountryTheOneWithTheLowerPositionWins()
    {
        var quotes = await Quote("DE", null, subtotal: 20m);

        Assert.Equal(["eu-standard", "eu-express"], quotes.Select(q => q.Code));
    }

    [Fact]
    public async Task ACountryNoZoneNamesFallsToEverywhere()
    {
        var quotes = await Quote("JP", null, subtotal: 20m);

        Assert.Equal([new ShippingQuote("world", "world", new Money(25m, "USD"))], quotes);
    }

    [Fact]
    public async Task WithoutAnEverywhereZoneAnAddressNoZoneNamesGetsNoQuotes()
    {
        using var db = _database.NewContext();
        db.Zones.RemoveRange(db.Zones.Where(z => z.Name == "World"));
        await db.SaveChangesAsync();

        var quotes = await Quote("JP", null, subtotal: 20m);

        Assert.Empty(quotes);
    }

    [Fact]
    public async Task QuotesAreCheapestFirstInTheRequestsCurrencyRoundedAndFreeAboveTheThreshold()
    {
        var quotes = await Quote("US", "NY", subtotal: 20m, weightKg: 1m);
        var free = await Quote("FR", null, subtotal: 100m);

        Assert.Equal([("us-ground", 8m), ("us-heavy", 10m)], quotes.Select(q => (q.Code, q.Price.Amount)));
        Assert.All(quotes, q => Assert.Equal("USD", q.Price.Currency));
        Assert.Equal([("eu-standard", 0m), ("eu-express", 14m)], free.Select(q => (q.Code, q.Price.Amount)));
    }

    [Fact]
    public async Task ARateThatCannotTakeTheParcelIsLeftOut()
    {
        var quotes = await Quote("US", "NY", subtotal: 20m, weightKg: 12m);

        Assert.Equal(["us-ground"], quotes.Select(q => q.Code));
    }

    private async Task<IReadOnlyList<ShippingQuote>> Quote(string country, string? region, decimal subtotal, decimal weightKg = 1m)
    {
        using var db = _database.NewContext();
        var request = new ShippingRequest(new Address { Country = country, Region = region }, new Money(subtotal, "USD"), weightKg, Touchpoints.Web);
        return await new ZoneRateProvider(db).QuoteAsync(request, CancellationToken.None);
    }

    private static ShippingZone Zone(string name, int position, (string Country, string Region)[] areas, params ShippingRate[] rates) => new()
    {
        Name = name,
        Position = position,
        Areas = [.. areas.Select(a => new ShippingZoneArea { Country = a.Country, Region = a.Region })],
        Rates = [.. rates],
    };

    private static ShippingRate Rate(string code, decimal price, decimal? freeAbove = null, (decimal UpToKg, decimal Price)[]? tiers = null) => new()
    {
        Code = code,
        Name = code,
        Price = price,
        FreeAbove = freeAbove,
        Tiers = [.. (tiers ?? []).Select(t => new ShippingRateTier { UpToKg = t.UpToKg, Price = t.Price })],
    };
}
