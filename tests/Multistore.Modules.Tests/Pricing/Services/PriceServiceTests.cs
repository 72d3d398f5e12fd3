using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Multistore.Commerce;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Pricing;
using Multistore.Pricing.Domain;
using Multistore.Pricing.Services;

namespace Multistore.Modules.Tests.Pricing.Services;

public sealed class PriceServiceTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly SqliteInMemory<PricingDbContext> _database = new(options => new PricingDbContext(options));
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly PriceValidity _validity = new();
    private readonly PriceList _usd = new() { Name = "USD", Currency = "USD", IsDefault = true };

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task PricesComeFromTheCurrencysDefaultListOnly()
    {
        var wholesale = new PriceList { Name = "Wholesale", Currency = "USD" };
        var euro = new PriceList { Name = "EUR", Currency = "EUR", IsDefault = true };
        _database.Seed(_usd, wholesale, euro,
            Entry(_usd, "TEE", 20m), Entry(wholesale, "TEE", 12m), Entry(euro, "TEE", 18m));

        var usd = await Service().GetPricesAsync(["TEE"], "USD", CancellationToken.None);
        var eur = await Service().GetPricesAsync(["TEE"], "EUR", CancellationToken.None);

        Assert.Equal(new Money(20m, "USD"), usd["TEE"].Price);
        Assert.Equal(new Money(18m, "EUR"), eur["TEE"].Price);
    }

    [Fact]
    public async Task ACurrencyWithoutADefaultListPricesNothing()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m));

        var prices = await Service().GetPricesAsync(["TEE"], "SEK", CancellationToken.None);

        Assert.Empty(prices);
    }

    [Fact]
    public async Task ASkuWithoutAnEntryIsAbsentAndLookupIgnoresCase()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m));

        var prices = await Service().GetPricesAsync(["TEE", "CAP"], "USD", CancellationToken.None);

        Assert.Equal(["TEE"], prices.Keys);
        Assert.Equal(20m, prices["tee"].Price.Amount);
    }

    [Theory]
    [InlineData("USD", 9.995, 10.00)]
    [InlineData("USD", 9.994, 9.99)]
    [InlineData("JPY", 1234.5, 1235)]
    [InlineData("KWD", 1.2345, 1.235)]
    public async Task PricesAreRoundedHalfAwayFromZeroToTheCurrencysMinorUnit(string currency, double stored, double expected)
    {
        var list = new PriceList { Name = currency, Currency = currency, IsDefault = true };
        _database.Seed(list, Entry(list, "TEE", (decimal)stored));

        var prices = await Service().GetPricesAsync(["TEE"], currency, CancellationToken.None);

        Assert.Equal((decimal)expected, prices["TEE"].Price.Amount);
    }

    [Fact]
    public async Task AWasPriceIsShownOnlyWhenItIsHigherThanThePrice()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m, compareAt: 25m), Entry(_usd, "CAP", 20m, compareAt: 15m));

        var prices = await Service().GetPricesAsync(["TEE", "CAP"], "USD", CancellationToken.None);

        Assert.Equal(new Money(25m, "USD"), prices["TEE"].CompareAt);
        Assert.Null(prices["CAP"].CompareAt);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PricesSayWhetherTheyIncludeTaxAsTheStoreSettingSays(bool includesTax)
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m));

        var prices = await Service(includesTax).GetPricesAsync(["TEE"], "USD", CancellationToken.None);

        Assert.Equal(includesTax, prices["TEE"].IncludesTax);
    }

    [Fact]
    public async Task AScheduledPriceHoldsFromItsStartUpToButNotIncludingItsEnd()
    {
        var starts = Now.AddDays(1);
        var ends = Now.AddDays(3);
        _database.Seed(_usd, Entry(_usd, "TEE", 20m), Sale(_usd, "TEE", 15m, starts, ends));
        var service = Service();

        var before = await service.GetPricesAtAsync(["TEE"], "USD", starts.AddTicks(-1), CancellationToken.None);
        var atStart = await service.GetPricesAtAsync(["TEE"], "USD", starts, CancellationToken.None);
        var atEnd = await service.GetPricesAtAsync(["TEE"], "USD", ends, CancellationToken.None);

        Assert.Equal((20m, false), (before["TEE"].Price.Amount, before["TEE"].IsScheduled));
        Assert.Equal((15m, true), (atStart["TEE"].Price.Amount, atStart["TEE"].IsScheduled));
        Assert.Equal((20m, false), (atEnd["TEE"].Price.Amount, atEnd["TEE"].IsScheduled));
    }

    [Fact]
    public async Task ASaleShowsTheListPriceAsItsWasPriceUnlessItNamesOne()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m), Entry(_usd, "CAP", 30m),
            Sale(_usd, "TEE", 15m, Now.AddDays(-1), null), Sale(_usd, "CAP", 24m, Now.AddDays(-1), null, compareAt: 40m));

        var prices = await Service().GetPricesAsync(["TEE", "CAP"], "USD", CancellationToken.None);

        Assert.Equal(new Money(20m, "USD"), prices["TEE"].CompareAt);
        Assert.Equal(new Money(40m, "USD"), prices["CAP"].CompareAt);
    }

    [Fact]
    public async Task OfOverlappingSalesTheOneThatStartedLastWins()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m),
            Sale(_usd, "TEE", 16m, Now.AddDays(-10), Now.AddDays(10)), Sale(_usd, "TEE", 12m, Now.AddDays(-1), Now.AddDays(1)));

        var prices = await Service().GetPricesAsync(["TEE"], "USD", CancellationToken.None);

        Assert.Equal(12m, prices["TEE"].Price.Amount);
    }

    [Fact]
    public async Task PricesReadNowAreValidUntilTheNextStartOrEndOfASaleOfThoseSkus()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m), Entry(_usd, "CAP", 10m),
            Sale(_usd, "TEE", 15m, Now.AddHours(-1), Now.AddHours(5)),
            Sale(_usd, "TEE", 14m, Now.AddHours(2), Now.AddHours(3)),
            Sale(_usd, "CAP", 5m, Now.AddMinutes(30), null));

        await Service().GetPricesAsync(["TEE"], "USD", CancellationToken.None);

        Assert.Equal(Now.AddHours(2), _validity.UntilUtc);
    }

    [Fact]
    public async Task PricesWithNoSaleAheadStayValidIndefinitely()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m), Sale(_usd, "TEE", 15m, Now.AddHours(-5), Now.AddHours(-1)));

        await Service().GetPricesAsync(["TEE"], "USD", CancellationToken.None);

        Assert.Null(_validity.UntilUtc);
    }

    [Fact]
    public async Task PricesAskedForAnotherMomentDoNotLimitTheRequestsValidity()
    {
        _database.Seed(_usd, Entry(_usd, "TEE", 20m), Sale(_usd, "TEE", 15m, Now.AddHours(1), null));

        await Service().GetPricesAtAsync(["TEE"], "USD", Now, CancellationToken.None);

        Assert.Null(_validity.UntilUtc);
    }

    [Fact]
    public async Task TheStoresCurrenciesAreThoseWithADefaultList()
    {
        _database.Seed(_usd, new PriceList { Name = "EUR", Currency = "EUR", IsDefault = true }, new PriceList { Name = "Old SEK", Currency = "SEK" });

        var currencies = await Service().CurrenciesAsync(CancellationToken.None);

        Assert.Equal(["EUR", "USD"], currencies.Order(StringComparer.Ordinal));
    }

    private PriceService Service(bool pricesIncludeTax = false) =>
        new(_database.NewContext(), Options.Create(new PricingSettings { PricesIncludeTax = pricesIncludeTax }), _clock, _validity);

    private static PriceEntry Entry(PriceList list, string sku, decimal amount, decimal? compareAt = null) =>
        new() { PriceListId = list.Id, Sku = sku, Amount = amount, CompareAtAmount = compareAt };

    private static ScheduledPrice Sale(PriceList list, string sku, decimal amount, DateTime startsUtc, DateTime? endsUtc, decimal? compareAt = null) =>
        new() { PriceListId = list.Id, Sku = sku, Amount = amount, StartsUtc = startsUtc, EndsUtc = endsUtc, CompareAtAmount = compareAt };
}
