using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

public sealed class ExportAndCloneTests
{
    [Fact]
    public async Task ExportThenImportReproducesTheConfiguration()
    {
        var factory = await SaasHost.ReadyAsync();
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var brand = await factory.CreateTenantAsync("store", new Dictionary<string, string>
        {
            ["SiteName"] = "Nordic SE", ["Culture"] = "sv-SE", ["Currency"] = "SEK", ["TimeZone"] = "Europe/Stockholm",
        });

        var exported = JsonNode.Parse(await client.GetStringAsync($"api/tenants/{brand.Name}/export"))!;
        var clone = TestTenant.NewName();
        var created = await client.PostAsJsonAsync("api/tenants", new
        {
            name = clone,
            hosts = new[] { $"{clone}.test" },
            recipeJson = exported,
            parameters = new Dictionary<string, string> { ["SiteName"] = "Nordic FI", ["DefaultCulture"] = "fi-FI", ["Currency"] = "EUR" },
        });
        created.EnsureSuccessStatusCode();
        var reexported = JsonNode.Parse(await client.GetStringAsync($"api/tenants/{clone}/export"))!;

        // The same steps (features, settings, theme) with the same placeholders; only the parameter values differ.
        Assert.Equal(exported["steps"]!.ToJsonString(), reexported["steps"]!.ToJsonString());
        Assert.Contains("Multistore.Pricing", exported["steps"]![0]!["enable"]!.ToJsonString());
        var defaults = reexported["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => (string)p!["default"]!);
        Assert.Equal("fi-FI", defaults["DefaultCulture"]);
        Assert.Equal("EUR", defaults["Currency"]);
        Assert.Equal("Europe/Stockholm", defaults["TimeZone"]);
        var home = await HtmlPage.GetAsync(SaasHost.Client(null, $"{clone}.test"), "/");
        Assert.Equal("Nordic FI", home.Heading());
        Assert.Equal("fi-FI", home.Attribute("html", "lang"));
    }

    [Fact]
    public async Task ExportLeavesSecretsOut()
    {
        var factory = await SaasHost.ReadyAsync();
        var recipe = """
            { "name": "with-secret", "steps": [
              { "name": "features", "enable": [ "Multistore.Catalog" ] },
              { "name": "settings", "Payments": { "Provider": "Stripe", "PublishableKey": "pk_test_1", "SecretKey": "sk_test_2", "WebhookSigningKey": "whsec_3" } } ] }
            """;
        var store = await factory.CreateTenantFromJsonAsync(recipe);
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View));

        var exported = await client.GetStringAsync($"api/tenants/{store.Name}/export");

        Assert.Contains("pk_test_1", exported);
        Assert.DoesNotContain("sk_test_2", exported);
        Assert.DoesNotContain("whsec_3", exported);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(exported).RootElement.ValueKind);
    }
}
