using Multistore.Background;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Inventory.Services;
using Multistore.Search.Indexing;

namespace Multistore.Integration.Tests.Farm;

/// <summary>
/// A store's background work on its shared data runs on one node of the farm at a time: while node A holds the round
/// of the stock sweeper, node B skips it; when A's round ends (or A dies, which drops its connection), B takes the next.
/// Work on a node's own files (the search index) runs on every node.
/// </summary>
public sealed class FarmTurnTests(FarmNodes farm) : IClassFixture<FarmNodes>
{
    [Fact]
    public async Task ARoundOfOneNodeWorkRunsOnOneNodeAtATime()
    {
        var onA = await farm.A.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Farm Goods"));
        await using var a = await onA.ScopeAsync();
        await using var b = await farm.OnB(onA).ScopeAsync();
        var sweeper = new BackgroundTaskRegistration(typeof(ReservationSweeper), ReservationSweeper.Schedule);

        await using (var onNodeA = await FarmTurn.TakeAsync(sweeper, a.ServiceProvider, "stock-sweeper", CancellationToken.None))
        {
            Assert.True(onNodeA.Taken);
            await using var onNodeB = await FarmTurn.TakeAsync(sweeper, b.ServiceProvider, "stock-sweeper", CancellationToken.None);
            Assert.False(onNodeB.Taken, "Node B ran the stock sweeper's round while node A was running it.");
        }

        await using var next = await FarmTurn.TakeAsync(sweeper, b.ServiceProvider, "stock-sweeper", CancellationToken.None);
        Assert.True(next.Taken, "Node B could not take the round after node A's ended.");
    }

    [Fact]
    public async Task ANodesOwnWorkRunsOnEveryNode()
    {
        var onA = await farm.A.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Farm Goods"));
        await using var a = await onA.ScopeAsync();
        await using var b = await farm.OnB(onA).ScopeAsync();
        var indexer = new BackgroundTaskRegistration(typeof(SearchIndexer), SearchIndexer.Schedule);

        await using var onNodeA = await FarmTurn.TakeAsync(indexer, a.ServiceProvider, "search-indexer", CancellationToken.None);
        await using var onNodeB = await FarmTurn.TakeAsync(indexer, b.ServiceProvider, "search-indexer", CancellationToken.None);

        Assert.True(onNodeA.Taken && onNodeB.Taken, "Each node keeps its own search index, so each runs the indexer.");
    }
}
