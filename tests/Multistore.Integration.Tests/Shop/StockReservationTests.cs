using Multistore.Commerce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Checkout.Services;
using Multistore.Inventory;
using Multistore.Inventory.Services;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class StockReservationTests
{
    [Fact]
    public async Task FiftyConcurrentBuyersOfTenUnitsBuyExactlyTen()
    {
        var store = await CommerceStore.CreateAsync();
        var carts = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            carts.Add((await store.CartWithAsync(("RARE", 1))).Id);
        }

        var attempts = carts.Select((cart, i) => Task.Run(async () =>
        {
            try
            {
                var placed = await store.PlaceAsync(CommerceStore.Checkout(cart, $"buyer-{i}", $"buyer{i}@example.com"));
                return placed.Status;
            }
            catch (CheckoutValidationException exception) when (exception.Field is "lines" or "cart")
            {
                return "SoldOut";
            }
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(10, outcomes.Count(o => o == "Paid"));
        Assert.Equal(40, outcomes.Count(o => o == "SoldOut"));
        var level = await store.WithAsync(s => s.GetRequiredService<InventoryDbContext>().Levels.AsNoTracking().SingleAsync(l => l.Sku == "RARE"));
        Assert.Equal(0, level.OnHand);
        Assert.Equal(0, level.Reserved);
        var sold = await store.WithAsync(s => s.GetRequiredService<IStockService>().ListMovementsAsync("RARE", 100, CancellationToken.None));
        Assert.Equal(-10, sold.Where(m => m.Reason == Inventory.Domain.StockMovementReason.Sold).Sum(m => m.Change));
    }

    [Fact]
    public async Task ConcurrentReservationsNeverHoldMoreThanIsOnHand()
    {
        var store = await CommerceStore.CreateAsync();
        var expires = DateTime.UtcNow.AddMinutes(5);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => store.WithAsync(s =>
            s.GetRequiredService<IStockReservations>().ReserveAsync($"r-{i}", [new ReservationRequest("RARE", 1)], expires, CancellationToken.None)))));

        Assert.Equal(10, outcomes.Count(o => o.IsReserved));
        var available = await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["RARE"], CancellationToken.None));
        Assert.Equal(0, available["RARE"]);
    }

    [Fact]
    public async Task ConcurrentHoldsUnderOneReferenceHoldOnceAndAllReportHeld()
    {
        var store = await CommerceStore.CreateAsync();
        var expires = DateTime.UtcNow.AddMinutes(5);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.WithAsync(s =>
            s.GetRequiredService<IStockReservations>().ReserveAsync("one-checkout", [new ReservationRequest("RARE", 3)], expires, CancellationToken.None)))));

        Assert.All(outcomes, o => Assert.True(o.IsReserved));
        var available = await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["RARE"], CancellationToken.None));
        Assert.Equal(7, available["RARE"]);
    }

    [Fact]
    public async Task ReservesAcrossLocationsAndTheSweeperGivesBackExpiredHolds()
    {
        var store = await CommerceStore.CreateAsync();
        var held = await store.WithAsync(s => s.GetRequiredService<IStockReservations>()
            .ReserveAsync("spanning", [new ReservationRequest("CHAIR", 5)], DateTime.UtcNow.AddMinutes(1), CancellationToken.None));
        var tooMany = await store.WithAsync(s => s.GetRequiredService<IStockReservations>()
            .ReserveAsync("greedy", [new ReservationRequest("CHAIR", 1), new ReservationRequest("LAMP", 1)], DateTime.UtcNow.AddMinutes(1), CancellationToken.None));

        Assert.True(held.IsReserved);
        Assert.False(tooMany.IsReserved);
        Assert.Equal(new StockShortage("CHAIR", 1, 0), Assert.Single(tooMany.Shortages));
        Assert.Equal(100, (await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["LAMP"], CancellationToken.None)))["LAMP"]);

        await store.WithAsync(async s =>
        {
            await s.GetRequiredService<ReservationSweeper>().SweepAsync(DateTime.UtcNow.AddMinutes(2), CancellationToken.None);
            return true;
        });

        Assert.Equal(5, (await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["CHAIR"], CancellationToken.None)))["CHAIR"]);
    }

    [Fact]
    public async Task ListsLowStockAndKeepsMovementHistory()
    {
        var store = await CommerceStore.CreateAsync();
        await store.WithAsync(async s =>
        {
            await s.GetRequiredService<IStockService>().AdjustAsync("LAMP", "main", -96, Inventory.Domain.StockMovementReason.Adjusted, "count", CancellationToken.None);
            return true;
        });

        var low = await store.WithAsync(s => s.GetRequiredService<IStockService>().ListLowStockAsync(CancellationToken.None));
        var history = await store.WithAsync(s => s.GetRequiredService<IStockService>().ListMovementsAsync("LAMP", 10, CancellationToken.None));

        Assert.Contains(low, l => l.Sku == "LAMP" && l.OnHand == 4);
        Assert.Contains(low, l => l.Sku == "CHAIR" && l.Location == "main");
        Assert.Equal([-96, 100], history.Select(m => m.Change));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WithAsync(async s =>
        {
            await s.GetRequiredService<IStockService>().AdjustAsync("LAMP", "main", -5, Inventory.Domain.StockMovementReason.Adjusted, null, CancellationToken.None);
            return true;
        }));
    }

    [Fact]
    public async Task ASkuWithoutStockRecordsIsNotTrackedAndCanBeBought()
    {
        var store = await CommerceStore.CreateAsync();
        await store.WithAsync(s => s.GetRequiredService<Multistore.Inventory.InventoryDbContext>().Levels.Where(l => l.Sku == "LAMP").ExecuteDeleteAsync());
        var cart = await store.CartWithAsync(("LAMP", 500));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "untracked-" + Guid.NewGuid()));

        Assert.Equal("Paid", placed.Status);
    }
}
