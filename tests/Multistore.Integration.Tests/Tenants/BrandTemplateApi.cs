using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>Brand templates and stores made through the host's REST API, as an operator's script would.</summary>
internal sealed class BrandTemplateApi(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static async Task<BrandTemplateApi> ConnectAsync() =>
        new(SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage)));

    public static string NewName() => "brand" + Guid.NewGuid().ToString("N")[..8];

    public Task<HttpResponseMessage> PutTemplateAsync(string name, object body) => Client.PutAsJsonAsync($"api/templates/{name}", body);

    public async Task<JsonElement> SaveTemplateAsync(string name, object body)
    {
        var response = await PutTemplateAsync(name, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Creates and sets up a store from the branded-store recipe, optionally with settings of its own.</summary>
    public async Task<string> CreateStoreAsync(string? template, string siteName, object? ownSite = null)
    {
        var name = TestTenant.NewName();
        var steps = new List<object>
        {
            new { name = "features", enable = new[] { "Multistore.Catalog", "Multistore.Pricing", "Multistore.Storefront" } },
            new { name = "settings", Site = ownSite ?? new { SiteName = siteName } },
        };
        var response = await Client.PostAsJsonAsync("api/tenants", new
        {
            name,
            hosts = new[] { $"{name}.test" },
            template,
            recipeJson = new { name = "branded-test", steps },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return name;
    }

    public static Task<HtmlPage> HomeAsync(string store) => HtmlPage.GetAsync(SaasHost.Client(null, $"{store}.test"), "/");

    /// <summary>The store's home page footer, which names the currency its prices are in.</summary>
    public static async Task<string> FooterAsync(string store) => (await HomeAsync(store)).Text("footer");
}
