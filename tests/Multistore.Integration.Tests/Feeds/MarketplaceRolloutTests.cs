using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Tenants;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Feeds;

public sealed class MarketplaceRolloutTests
{
    [Fact]
    public async Task RolloutTurnsTheFeedsOnForTheStoresItNames()
    {
        var factory = await SaasHost.ReadyAsync();
        var store = await FeedStore.CreateAsync(marketplace: false, factory: factory);
        var before = await store.CreateClient().GetAsync("feeds/google.xml");
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Features));

        var response = await client.PostAsJsonAsync("api/feature-rollouts", new { feature = "Multistore.Marketplace", enable = true, tenants = new[] { store.Name } });
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var after = await store.CreateClient().GetAsync("feeds/google.xml");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Changed", Assert.Single(results).GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("BOOT-42", (await GoogleFeed.ParseAsync(after)).Ids);
    }
}
