using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Modules;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Removing a store removes everything it had on the node: its database and its folder (search index, images, mail),
/// whatever database it lived on. A store on PostgreSQL used to leave its search folder behind.
/// </summary>
public sealed class TenantRemovalTests
{
    [Fact]
    public async Task ARemovedStoreLeavesNoFolderBehindItsSearchIndexIncluded()
    {
        var factory = MultistoreFactory.Shared;
        var store = await factory.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        await factory.Service<ITenantFeatures>().EnableAsync(store.Name, ["Multistore.Search"], CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await store.CreateClient().GetAsync("search?q=cap")).StatusCode);
        var folder = Path.Combine(factory.AppData, "Sites", store.Name);
        Assert.True(Directory.Exists(Path.Combine(folder, "search")), "The store has a search index on this node before it is removed.");

        var states = factory.Service<ITenantStates>();
        await states.DisableAsync(store.Name, CancellationToken.None);
        await states.RemoveAsync(store.Name, CancellationToken.None);

        Assert.False(Directory.Exists(folder), $"The removed store's folder is gone: {folder}");
        Assert.Equal(HttpStatusCode.NotFound, (await store.CreateClient().GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task AStoreRemovedAndCreatedAgainUnderItsNameGetsItsTablesAgain()
    {
        // The node remembers which databases it saw fully migrated, so a rebuilt shell skips the history queries;
        // removing the store must make it forget, or the new store of that name would run on tables that are gone.
        var factory = MultistoreFactory.Shared;
        var first = await factory.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods"));
        Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/")).StatusCode);
        var states = factory.Service<ITenantStates>();
        await states.DisableAsync(first.Name, CancellationToken.None);
        await states.RemoveAsync(first.Name, CancellationToken.None);

        var again = await factory.CreateTenantFromJsonAsync(TwoPricedProducts.Recipe, AdminSession.Parameters("owner@example.com", "Harbour Goods Again"), first.Name);
        var home = await again.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Harbour Goods Again", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
