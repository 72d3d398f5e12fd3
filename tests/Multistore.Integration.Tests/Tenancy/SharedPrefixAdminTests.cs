using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Tenancy;

/// <summary>
/// A store's admin is served only on a host name it holds alone: through a URL prefix on a host name other stores
/// share, every admin path (sign-in included) is a 404 that points at the store's own admin address.
/// </summary>
public sealed class SharedPrefixAdminTests
{
    private static MultistoreFactory Factory => MultistoreFactory.Shared;

    [Theory]
    [InlineData("admin")]
    [InlineData("admin/login")]
    [InlineData("ADMIN/Login")]
    [InlineData("admin/forgot-password")]
    [InlineData("admin/assets/admin.css")]
    public async Task AdminOnASharedHostPointsAtTheStoresOwnHost(string path)
    {
        var (first, second, shared) = await TwoStoresOnOneHostAsync();
        var client = Client(shared);

        var refused = await client.GetAsync($"{first}/{path}");
        var otherRefused = await client.GetAsync($"{second}/{path}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var page = await HtmlPage.ParseAsync(refused);
        Assert.Equal("Admin not on this address", page.Heading());
        Assert.Contains($"http://{first}.test/admin", page.Links());
        Assert.False(page.Has("input[type=password]"), "The refusal asks for no password.");
        Assert.Equal(HttpStatusCode.NotFound, otherRefused.StatusCode);
        Assert.Contains("Ask the operator", (await HtmlPage.ParseAsync(otherRefused)).Text("main p"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorefrontStaysOnTheSharedHostAndAdminOnTheOwnHost()
    {
        var (first, _, shared) = await TwoStoresOnOneHostAsync();

        Assert.Equal(HttpStatusCode.OK, (await Client(shared).GetAsync($"{first}/")).StatusCode);
        var ownAdmin = await Client($"{first}.test").GetAsync("admin/login");
        Assert.Equal(HttpStatusCode.OK, ownAdmin.StatusCode);
        Assert.True((await HtmlPage.ParseAsync(ownAdmin)).Has("input[type=password]"), "The store's own admin asks for a password.");
    }

    [Fact]
    public async Task AdminOfStoresReachedByPrefixAloneIsRefused()
    {
        var first = await Factory.CreateTenantAsync("store", prefix: "p" + TestTenant.NewName());
        await Factory.CreateTenantAsync("store", prefix: "p" + TestTenant.NewName());

        var refused = await first.CreateClient(followRedirects: false).GetAsync("admin/login");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("Admin not on this address", (await HtmlPage.ParseAsync(refused)).Heading());
    }

    /// <summary>Two stores under URL prefixes on one host name; the first also has a host name of its own.</summary>
    private static async Task<(string First, string Second, string Shared)> TwoStoresOnOneHostAsync()
    {
        var first = TestTenant.NewName();
        var second = TestTenant.NewName();
        var shared = $"shops-{first}.test";
        var creation = Factory.Service<TenantCreationService>();
        var recipe = Factory.Service<RecipeCatalog>().Get("store");
        await creation.CreateAndSetupAsync(new TenantRequest { Name = first, Hosts = [$"{first}.test", shared], UrlPrefix = first },
            recipe, new Dictionary<string, string>(), null, CancellationToken.None);
        await creation.CreateAndSetupAsync(new TenantRequest { Name = second, Hosts = [shared], UrlPrefix = second },
            recipe, new Dictionary<string, string>(), null, CancellationToken.None);
        return (first, second, shared);
    }

    private static HttpClient Client(string host) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });
}
