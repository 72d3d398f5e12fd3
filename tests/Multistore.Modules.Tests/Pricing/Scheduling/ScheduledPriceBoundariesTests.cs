using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Pricing;
using Multistore.Pricing.Domain;
using Multistore.Pricing.Events;
using Multistore.Pricing.Scheduling;
using Multistore.Pricing.Services;

namespace Multistore.Modules.Tests.Pricing.Scheduling;

public sealed class ScheduledPriceBoundariesTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly SqliteInMemory<PricingDbContext> _database = new(options => new PricingDbContext(options));
    private readonly RecordingEventPublisher _events = new();
    private readonly PriceList _usd = new() { Name = "USD", Currency = "USD", IsDefault = true };

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ASaleThatStartedIsAnnouncedWithThePriceItSetsNow()
    {
        _database.Seed(_usd, Entry("TEE", 20m), Sale("TEE", 15m, Now.AddHours(1), Now.AddHours(4)));
        await Boundaries().AnnouncePassedAsync(Now, CancellationToken.None);
        _events.Clear();

        await Boundaries().AnnouncePassedAsync(Now.AddHours(2), CancellationToken.None);

        Assert.Equal([new PriceChanged("TEE", "USD", 15m)], _events.OfType<PriceChanged>());
    }

    [Fact]
    public async Task ASaleThatEndedIsAnnouncedWithTheListPriceBack()
    {
        _database.Seed(_usd, Entry("TEE", 20m), Sale("TEE", 15m, Now.AddHours(-1), Now.AddHours(1)));
        await Boundaries().AnnouncePassedAsync(Now, CancellationToken.None);
        _events.Clear();

        await Boundaries().AnnouncePassedAsync(Now.AddHours(2), CancellationToken.None);

        Assert.Equal([new PriceChanged("TEE", "USD", 20m)], _events.OfType<PriceChanged>());
    }

    [Fact]
    public async Task ABoundaryIsAnnouncedOnceHoweverOftenTheStoreChecks()
    {
        _database.Seed(_usd, Entry("TEE", 20m), Sale("TEE", 15m, Now.AddHours(-1), null));

        await Boundaries().AnnouncePassedAsync(Now, CancellationToken.None);
        await Boundaries().AnnouncePassedAsync(Now.AddMinutes(1), CancellationToken.None);
        await Boundaries().AnnouncePassedAsync(Now.AddMinutes(2), CancellationToken.None);

        Assert.Single(_events.OfType<PriceChanged>());
    }

    [Fact]
    public async Task TheNextBoundaryIsTheEarliestStartOrEndStillAhead()
    {
        _database.Seed(_usd, Entry("TEE", 20m), Entry("CAP", 10m),
            Sale("TEE", 15m, Now.AddHours(-1), Now.AddHours(6)), Sale("CAP", 8m, Now.AddHours(3), Now.AddHours(9)));

        var next = await Boundaries().AnnouncePassedAsync(Now, CancellationToken.None);
        var afterThat = await Boundaries().AnnouncePassedAsync(Now.AddHours(3), CancellationToken.None);
        var last = await Boundaries().AnnouncePassedAsync(Now.AddHours(9), CancellationToken.None);

        Assert.Equal(Now.AddHours(3), next);
        Assert.Equal(Now.AddHours(6), afterThat);
        Assert.Null(last);
    }

    [Fact]
    public async Task SalesInAListThatIsNotTheDefaultAreNotAnnounced()
    {
        var wholesale = new PriceList { Name = "Wholesale", Currency = "USD" };
        _database.Seed(_usd, wholesale, Entry("TEE", 20m),
            new ScheduledPrice { PriceListId = wholesale.Id, Sku = "TEE", Amount = 9m, StartsUtc = Now.AddHours(-1) });

        await Boundaries().AnnouncePassedAsync(Now, CancellationToken.None);

        Assert.Empty(_events.OfType<PriceChanged>());
    }

    private ScheduledPriceBoundaries Boundaries()
    {
        var db = _database.NewContext();
        var prices = new PriceService(db, Options.Create(new PricingSettings()), new FakeTimeProvider(Now), new PriceValidity());
        return new ScheduledPriceBoundaries(db, prices, _events);
    }

    private PriceEntry Entry(string sku, decimal amount) => new() { PriceListId = _usd.Id, Sku = sku, Amount = amount };

    private ScheduledPrice Sale(string sku, decimal amount, DateTime startsUtc, DateTime? endsUtc) =>
        new() { PriceListId = _usd.Id, Sku = sku, Amount = amount, StartsUtc = startsUtc, EndsUtc = endsUtc };
}
