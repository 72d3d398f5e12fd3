using System.Net;
using System.Net.Http.Json;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// A change of a running store's host names is a routing change: the new name answers at once, a removed one stops,
/// and the store keeps its shell (its page cache, its connections) instead of being rebuilt for it. Before, every host
/// edit released the shell, so each node rebuilt the whole store and served it cold.
/// </summary>
public sealed class HostChangeTests
{
    [Fact]
    public async Task AHostAddedAndTheOldOneRemovedAnswerAtOnceAndTheStoreKeepsItsCachedPages()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var name = TestTenant.NewName();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("api/tenants", new
        {
            name,
            hosts = new[] { $"{name}.test" },
            recipe = "store",
            parameters = new Dictionary<string, string> { ["SiteName"] = "Moving Goods" },
        })).StatusCode);
        var original = SaasHost.Client(null, $"{name}.test");
        await original.GetAsync("/");
        Assert.NotNull((await original.GetAsync("/")).Headers.Age);

        var added = await api.PatchAsJsonAsync($"api/tenants/{name}", new { hosts = new[] { $"{name}.test", $"www.{name}.test" } });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("Moving Goods", (await HtmlPage.GetAsync(SaasHost.Client(null, $"www.{name}.test"), "/")).Heading());
        var afterAdding = await original.GetAsync("/");
        Assert.True(afterAdding.Headers.Age is not null, "The store's home page is still served from its page cache after a host was added: the store was not rebuilt.");

        var moved = await api.PatchAsJsonAsync($"api/tenants/{name}", new { hosts = new[] { $"www.{name}.test" } });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await original.GetAsync("/")).StatusCode);
        Assert.Equal("Moving Goods", (await HtmlPage.GetAsync(SaasHost.Client(null, $"www.{name}.test"), "/")).Heading());
    }

    [Fact]
    public async Task ResetLinksNameTheHostTheStoreHasNowNotTheOneItWasBuiltWith()
    {
        var factory = await SaasHost.ReadyAsync();
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var store = await factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com", "Moving Goods"));
        var session = new AdminSession(store);
        await session.Client.GetAsync("admin/forgot-password");
        var name = store.Name;

        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsJsonAsync($"api/tenants/{name}", new { hosts = new[] { $"shop.{name}.test", store.Host } })).StatusCode);
        await session.PostFormAsync("admin/forgot-password", "admin/forgot-password", new() { ["Email"] = "owner@example.com" });

        var mail = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(factory.AppData, "Sites", name, "Mail"), "*.eml").Single());
        Assert.Contains($"https://shop.{name}.test/admin/reset-password?", mail, StringComparison.Ordinal);
    }
}
