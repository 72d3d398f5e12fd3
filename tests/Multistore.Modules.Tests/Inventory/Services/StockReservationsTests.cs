using Microsoft.EntityFrameworkCore;
using Multistore.Inventory;
using Multistore.Inventory.Domain;
using Multistore.Inventory.Services;
using Multistore.Modules.Tests.Fixtures;

namespace Multistore.Modules.Tests.Inventory.Services;

public sealed class StockReservationsTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime InTenMinutes = Now.AddMinutes(10);

    private readonly SqliteInMemory<InventoryDbContext> _database = new(options => new InventoryDbContext(options));
    private readonly RecordingEventPublisher _events = new();
    private readonly CountingSignal _sweeper = new();

    public StockReservationsTests() => _database.Seed(
        new StockLocation { Code = "main", Name = "Main warehouse", Priority = 1 },
        new StockLocation { Code = "store", Name = "City store", Kind = StockLocationKind.Store, Priority = 2 },
        new StockLevel { Sku = "TEE", Location = "main", OnHand = 3 },
        new StockLevel { Sku = "TEE", Location = "store", OnHand = 2 },
        new StockLevel { Sku = "CAP", Location = "main", OnHand = 1 });

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheNextExpiryIsTheEarliestActiveHoldAndANewHoldWakesTheSweeper()
    {
        Assert.Null(await Reservations().NextExpiryAsync(CancellationToken.None));

        await Reservations().ReserveAsync("order-late", [new("TEE", 1)], InTenMinutes, CancellationToken.None);
        await Reservations().ReserveAsync("order-soon", [new("CAP", 1)], Now.AddMinutes(2), CancellationToken.None);

        Assert.Equal(2, _sweeper.Signals);
        Assert.Equal(Now.AddMinutes(2), await Reservations().NextExpiryAsync(CancellationToken.None));

        await Reservations().CommitAsync("order-soon", CancellationToken.None);
        Assert.Equal(InTenMinutes, await Reservations().NextExpiryAsync(CancellationToken.None));

        await Reservations().ReleaseExpiredAsync(InTenMinutes.AddSeconds(1), CancellationToken.None);
        Assert.Null(await Reservations().NextExpiryAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HoldingTakesFromTheFirstLocationByPriorityThenTheNext()
    {
        var outcome = await Reservations().ReserveAsync("order-1", [new("TEE", 4)], InTenMinutes, CancellationToken.None);

        Assert.True(outcome.IsReserved);
        Assert.Equal([("main", 3, 3), ("store", 2, 1)], Levels("TEE"));
        Assert.Equal(1, Available("TEE"));
    }

    [Fact]
    public async Task LinesOfOneSkuAreHeldTogether()
    {
        var outcome = await Reservations().ReserveAsync("order-1", [new("TEE", 2), new("tee", 3)], InTenMinutes, CancellationToken.None);

        Assert.True(outcome.IsReserved);
        Assert.Equal(0, Available("TEE"));
    }

    [Fact]
    public async Task AShortageHoldsNothingAndSaysWhatIsStillAvailable()
    {
        var outcome = await Reservations().ReserveAsync("order-1", [new("TEE", 1), new("CAP", 2)], InTenMinutes, CancellationToken.None);

        Assert.False(outcome.IsReserved);
        Assert.Equal([new StockShortage("CAP", 2, 1)], outcome.Shortages);
        Assert.Equal(5, Available("TEE"));
        Assert.Equal(1, Available("CAP"));
    }

    [Fact]
    public async Task TwoCheckoutsCannotBothHoldTheLastUnit()
    {
        var first = await Reservations().ReserveAsync("order-1", [new("CAP", 1)], InTenMinutes, CancellationToken.None);
        var second = await Reservations().ReserveAsync("order-2", [new("CAP", 1)], InTenMinutes, CancellationToken.None);

        Assert.True(first.IsReserved);
        Assert.Equal([new StockShortage("CAP", 1, 0)], second.Shortages);
    }

    [Fact]
    public async Task AnUntrackedSkuIsAlwaysHeld()
    {
        var outcome = await Reservations().ReserveAsync("order-1", [new("GIFTCARD", 50)], InTenMinutes, CancellationToken.None);

        Assert.True(outcome.IsReserved);
    }

    [Fact]
    public async Task HoldingAgainUnderTheSameReferenceHoldsNothingMore()
    {
        await Reservations().ReserveAsync("order-1", [new("TEE", 2)], InTenMinutes, CancellationToken.None);
        var retried = await Reservations().ReserveAsync("order-1", [new("TEE", 2)], InTenMinutes, CancellationToken.None);

        Assert.True(retried.IsReserved);
        Assert.Equal(3, Available("TEE"));
    }

    [Fact]
    public async Task CommittingSellsTheHeldStockOnceHoweverOftenTheCheckoutRetries()
    {
        await Reservations().ReserveAsync("order-1", [new("TEE", 4)], InTenMinutes, CancellationToken.None);

        var committed = await Reservations().CommitAsync("order-1", CancellationToken.None);
        var again = await Reservations().CommitAsync("order-1", CancellationToken.None);

        Assert.True(committed);
        Assert.True(again);
        Assert.Equal([("main", 0, 0), ("store", 1, 0)], Levels("TEE"));
        Assert.Equal(-4, Movements("TEE", StockMovementReason.Sold).Sum(m => m.Change));
    }

    [Fact]
    public async Task ReleasingGivesTheHoldBackAndLeavesOnHandAlone()
    {
        await Reservations().ReserveAsync("order-1", [new("TEE", 4)], InTenMinutes, CancellationToken.None);

        await Reservations().ReleaseAsync("order-1", CancellationToken.None);
        var committed = await Reservations().CommitAsync("order-1", CancellationToken.None);

        Assert.False(committed);
        Assert.Equal([("main", 3, 0), ("store", 2, 0)], Levels("TEE"));
        Assert.Empty(Movements("TEE", StockMovementReason.Sold));
    }

    [Fact]
    public async Task ReleasingASaleDoesNothingButReturningPutsItBackOnHand()
    {
        await Reservations().ReserveAsync("order-1", [new("CAP", 1)], InTenMinutes, CancellationToken.None);
        await Reservations().CommitAsync("order-1", CancellationToken.None);

        await Reservations().ReleaseAsync("order-1", CancellationToken.None);
        var afterRelease = Available("CAP");
        await Reservations().ReturnAsync("order-1", CancellationToken.None);
        await Reservations().ReturnAsync("order-1", CancellationToken.None);

        Assert.Equal(0, afterRelease);
        Assert.Equal(1, Available("CAP"));
        Assert.Equal(1, Movements("CAP", StockMovementReason.Returned).Sum(m => m.Change));
    }

    [Fact]
    public async Task OnlyHoldsPastTheirExpiryAreSweptAndASweptHoldCannotBeSold()
    {
        await Reservations().ReserveAsync("early", [new("TEE", 1)], Now, CancellationToken.None);
        await Reservations().ReserveAsync("late", [new("TEE", 1)], InTenMinutes, CancellationToken.None);

        var notYet = await Reservations().ReleaseExpiredAsync(Now, CancellationToken.None);
        var swept = await Reservations().ReleaseExpiredAsync(Now.AddMinutes(1), CancellationToken.None);
        var sold = await Reservations().CommitAsync("early", CancellationToken.None);

        Assert.Empty(notYet);
        Assert.Equal(["early"], swept);
        Assert.False(sold);
        Assert.Equal(4, Available("TEE"));
    }

    [Fact]
    public async Task ACheckoutRetriedAfterItsHoldLapsedHoldsAfresh()
    {
        await Reservations().ReserveAsync("order-1", [new("CAP", 1)], Now, CancellationToken.None);
        await Reservations().ReleaseExpiredAsync(Now.AddMinutes(1), CancellationToken.None);

        var retried = await Reservations().ReserveAsync("order-1", [new("CAP", 1)], InTenMinutes, CancellationToken.None);
        var sold = await Reservations().CommitAsync("order-1", CancellationToken.None);

        Assert.True(retried.IsReserved);
        Assert.True(sold);
    }

    [Fact]
    public async Task HoldingAndGivingBackAnnounceTheSellableQuantity()
    {
        await Reservations().ReserveAsync("order-1", [new("TEE", 4)], InTenMinutes, CancellationToken.None);
        await Reservations().ReleaseAsync("order-1", CancellationToken.None);

        Assert.Equal([new StockChanged("TEE", 1), new StockChanged("TEE", 5)], _events.OfType<StockChanged>());
    }

    [Fact]
    public async Task ABackorderedSkuIsHeldBeyondItsStockAndTheHoldSaysHowManyWereBackordered()
    {
        _database.Seed(new StockItem { Sku = "CAP", AllowBackorder = true, RestockDate = new DateOnly(2026, 4, 1) });

        var outcome = await Reservations().ReserveAsync("order-1", [new("CAP", 3), new("TEE", 1)], InTenMinutes, CancellationToken.None);
        var backordered = await Reservations().BackorderedAsync("order-1", CancellationToken.None);
        var sold = await Reservations().CommitAsync("order-1", CancellationToken.None);

        Assert.True(outcome.IsReserved);
        var line = Assert.Single(backordered);
        Assert.Equal(("CAP", 2), (line.Key, line.Value));
        Assert.True(sold);
        Assert.Equal([("main", -2, 0)], Levels("CAP"));
        Assert.Equal(-3, Movements("CAP", StockMovementReason.Sold).Sum(m => m.Change));
    }

    [Fact]
    public async Task ASkuWhoseBackorderIsOffIsStillRefusedWhenShort()
    {
        _database.Seed(new StockItem { Sku = "CAP", AllowBackorder = false });

        var outcome = await Reservations().ReserveAsync("order-1", [new("CAP", 2)], InTenMinutes, CancellationToken.None);

        Assert.False(outcome.IsReserved);
        Assert.Equal([new StockShortage("CAP", 2, 1)], outcome.Shortages);
        Assert.Empty(await Reservations().BackorderedAsync("order-1", CancellationToken.None));
        Assert.Equal(1, Available("CAP"));
    }

    private StockReservations Reservations()
    {
        var db = _database.NewContext();
        return new StockReservations(db, new StockNotifier(db, _events), _sweeper);
    }

    private int Available(string sku)
    {
        using var db = _database.NewContext();
        return db.Levels.Where(l => l.Sku == sku).Sum(l => l.OnHand - l.Reserved);
    }

    private List<(string Location, int OnHand, int Reserved)> Levels(string sku)
    {
        using var db = _database.NewContext();
        return [.. db.Levels.AsNoTracking().Where(l => l.Sku == sku).OrderBy(l => l.Location).AsEnumerable().Select(l => (l.Location, l.OnHand, l.Reserved))];
    }

    private List<StockMovement> Movements(string sku, StockMovementReason reason)
    {
        using var db = _database.NewContext();
        return [.. db.Movements.AsNoTracking().Where(m => m.Sku == sku && m.Reason == reason)];
    }

    private sealed class CountingSignal : Multistore.Background.IBackgroundTaskSignal<ReservationSweeper>
    {
        public int Signals { get; private set; }

        public void Signal() => Signals++;

        public void SignalEveryNode() => Signals++;
    }
}
