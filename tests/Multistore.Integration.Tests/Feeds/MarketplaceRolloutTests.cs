using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
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

    [Fact]
    public async Task RolloutAcrossSeveralStoresAnswersTheFeedOnEachAndLeavesTheOthersAlone()
    {
        var factory = await SaasHost.ReadyAsync();
        var named = new List<TestTenant>();
        for (var i = 0; i < 3; i++)
        {
            named.Add(await FeedStore.CreateAsync(skuPrefix: $"S{i}-", marketplace: false, factory: factory));
        }

        var unnamed = await FeedStore.CreateAsync(skuPrefix: "U-", marketplace: false, factory: factory);
        var before = await Task.WhenAll(named.Select(s => s.CreateClient().GetAsync("feeds/google.xml")));
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Features));

        var response = await client.PostAsJsonAsync("api/feature-rollouts", new { feature = "Multistore.Marketplace", enable = true, tenants = named.Select(s => s.Name).ToArray() });
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("tenant").GetString()!, r => r.GetProperty("outcome").GetString());
        var after = await Task.WhenAll(named.Select(s => s.CreateClient().GetAsync("feeds/google.xml")));
        var left = await unnamed.CreateClient().GetAsync("feeds/google.xml");

        Assert.All(before, b => Assert.Equal(HttpStatusCode.NotFound, b.StatusCode));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(named.ToDictionary(s => s.Name, _ => (string?)"Changed"), results);
        for (var i = 0; i < named.Count; i++)
        {
            Assert.Equal(HttpStatusCode.OK, after[i].StatusCode);
            Assert.Contains($"S{i}-BOOT-42", (await GoogleFeed.ParseAsync(after[i])).Ids);
        }

        Assert.Equal(HttpStatusCode.NotFound, left.StatusCode);
    }
}
