using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Tenants;

public sealed class BrandTemplateTests
{
    [Fact]
    public async Task StoreInheritsThemeCurrencyAndSettingsFromItsTemplatesAndItsOwnValuesWin()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        var region = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new
        {
            description = "Nordic brand",
            settings = new { Site = new { Theme = "Nordic", Currency = "SEK" }, Theme = new { tagline = "Brand tagline from the template" } },
        });
        await api.SaveTemplateAsync(region, new { parent = brand, settings = new { Site = new { Currency = "EUR", DefaultCulture = "fi-FI" } } });

        var inheriting = await api.CreateStoreAsync(region, "Inheriting Store");
        var overriding = await api.CreateStoreAsync(region, "Overriding Store", new { SiteName = "Overriding Store", Currency = "NOK" });

        var page = await BrandTemplateApi.HomeAsync(inheriting);
        Assert.Equal("Brand tagline from the template", page.Text("header .tagline"));
        Assert.Contains("Prices in EUR", page.Text("footer"), StringComparison.Ordinal);
        Assert.StartsWith("fi", page.Attribute("html", "lang"), StringComparison.Ordinal);
        Assert.Contains("Prices in NOK", await BrandTemplateApi.FooterAsync(overriding), StringComparison.Ordinal);

        var sources = await api.Client.GetFromJsonAsync<JsonElement>($"api/tenants/{inheriting}/settings");
        var currency = sources.GetProperty("sources").EnumerateArray()
            .Single(s => Is(s, "Currency") && s.GetProperty("wins").GetBoolean());
        Assert.Equal(region, currency.GetProperty("source").GetString());
        var theme = sources.GetProperty("sources").EnumerateArray().Single(s => Is(s, "Theme"));
        Assert.Equal(brand, theme.GetProperty("source").GetString());
    }

    [Fact]
    public async Task TemplateChangeReachesStoresThatDoNotOverrideItWithoutRestart()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        var saved = await api.SaveTemplateAsync(brand, new { settings = new { Site = new { Currency = "SEK" } } });
        var inheriting = await api.CreateStoreAsync(brand, "Follows Brand");
        var overriding = await api.CreateStoreAsync(brand, "Own Currency", new { SiteName = "Own Currency", Currency = "NOK" });
        Assert.Contains("Prices in SEK", await BrandTemplateApi.FooterAsync(inheriting), StringComparison.Ordinal);

        var change = new { settings = new { Site = new { Currency = "DKK" } }, version = saved.GetProperty("version").GetInt64() };
        var preview = await (await api.Client.PostAsJsonAsync($"api/templates/{brand}/preview", change)).Content.ReadFromJsonAsync<JsonElement>();
        var currency = preview.GetProperty("changes").EnumerateArray().Single(c => Is(c, "Currency"));
        Assert.Equal([inheriting], currency.GetProperty("affectedStores").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([overriding], currency.GetProperty("overridingStores").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Prices in SEK", await BrandTemplateApi.FooterAsync(inheriting), StringComparison.Ordinal);

        await api.SaveTemplateAsync(brand, change);
        Assert.Contains("Prices in DKK", await BrandTemplateApi.FooterAsync(inheriting), StringComparison.Ordinal);
        Assert.Contains("Prices in NOK", await BrandTemplateApi.FooterAsync(overriding), StringComparison.Ordinal);

        var stale = await api.PutTemplateAsync(brand, change);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task TemplateFeaturesAreEnabledOnItsStoresAndCannotBeDisabledThere()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new { features = new[] { "Multistore.Inventory" } });
        var store = await api.CreateStoreAsync(brand, "Stocked Store");

        var features = await SaasHost.Factory.Service<Multistore.Shells.TenantFeatures>().EnabledAsync(store, CancellationToken.None);
        Assert.Contains("Multistore.Inventory", features);
        var refused = await Assert.ThrowsAsync<Multistore.Setup.TenantValidationException>(() =>
            SaasHost.Factory.Service<Multistore.Shells.TenantFeatures>().DisableAsync(store, "Multistore.Inventory", CancellationToken.None));
        Assert.Contains(brand, refused.Message);
    }

    [Fact]
    public async Task TemplateIsNeverServedAsAStore()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new { settings = new { Site = new { SiteName = "Template Site Name" } } });

        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(brand));
        var byHost = await SaasHost.Client(null, $"{brand}.test").GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, byHost.StatusCode);
        var byPrefix = await SaasHost.Client(null).GetAsync($"/{brand}/");
        var prefixPage = await HtmlPage.ParseAsync(byPrefix);
        Assert.DoesNotContain("Template Site Name", prefixPage.Text());
        Assert.DoesNotContain("Template Site Name", prefixPage.Document.Title);
    }

    [Fact]
    public async Task RefusesUnknownTemplatesCirclesAndMoreThanThreeLevels()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var (a, b, c, d) = (BrandTemplateApi.NewName(), BrandTemplateApi.NewName(), BrandTemplateApi.NewName(), BrandTemplateApi.NewName());
        await api.SaveTemplateAsync(a, new { });
        await api.SaveTemplateAsync(b, new { parent = a });
        var third = await api.SaveTemplateAsync(c, new { parent = b });

        await AssertFieldErrorAsync(await api.PutTemplateAsync(d, new { parent = c }), "parent", "at most 3 levels");
        await AssertFieldErrorAsync(await api.PutTemplateAsync(a, new { parent = c }), "parent", "circle");
        await AssertFieldErrorAsync(await api.PutTemplateAsync(d, new { parent = "nosuchbrand" }), "parent", "There is no brand template 'nosuchbrand'");
        await AssertFieldErrorAsync(await api.PutTemplateAsync(d, new { settings = new { Site = new { Currency = "EURO" } } }), "settings.Site.Currency", "EURO");
        await AssertFieldErrorAsync(await api.PutTemplateAsync(d, new { settings = new { Stripe = new { SecretKey = "sk_live_x" } } }), "settings.Stripe.SecretKey", "secret");
        await AssertFieldErrorAsync(await api.PutTemplateAsync(d, new { features = new[] { "Multistore.Nothing" } }), "features[0]", "Multistore.Nothing");

        var name = TestTenant.NewName();
        var create = await api.Client.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"{name}.test" }, template = "nosuchbrand" });
        await AssertFieldErrorAsync(create, "template", "There is no brand template 'nosuchbrand'");
        Assert.True(third.GetProperty("version").GetInt64() >= 1);
    }

    /// <summary>Template values keep the names the client sent (here camelCase); settings bind them without case.</summary>
    private static bool Is(JsonElement source, string path) =>
        string.Equals(source.GetProperty("path").GetString(), path, StringComparison.OrdinalIgnoreCase);

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string text)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateObject().Where(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(errors.Count == 1, $"No error for '{field}' in {problem}");
        var messages = errors[0].Value.EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(text, StringComparison.OrdinalIgnoreCase));
    }
}
