using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Cloning a store into a new region is export + create with other parameters (issue 18): nordic-se, exported with its
/// content, becomes a Danish store that sells in kroner, ships to Denmark, keeps its stock and coupons, and has its own
/// administrator; a clone into another currency without a rate is refused with nothing left behind.
/// </summary>
public sealed class CloneIntoNewRegionTests
{
    private const string AdminEmail = "ejer@nordic-dk.example";
    private const decimal KronerPerKrona = 0.65m;

    /// <summary>nordic-se with a coupon, a template override and a translation of its own, so the export has them to carry.</summary>
    private const string SourceRecipe = """
        { "name": "nordic-se-with-coupon", "steps": [
          { "name": "recipes", "values": [ { "name": "nordic-se" } ] },
          { "name": "features", "enable": [ "Multistore.Promotions" ] },
          { "name": "templates", "overrides": { "clone-note": "<p class=\"note\">{{ site.name }}</p>" } },
          { "name": "translations", "cultures": { "sv-SE": "msgid \"Add to cart\"\nmsgstr \"Köp nu\"\n" } },
          { "name": "promotions", "coupons": [ { "code": "VINTER10", "kind": "Percentage", "value": 10, "perCustomerLimit": 1 },
            { "code": "KRONOR100", "kind": "Fixed", "value": 100, "minimumOrder": 1000 } ] } ] }
        """;

    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;
    private static readonly Lazy<Task<(TestTenant Store, JsonObject Export)>> Source = new(async () =>
    {
        var store = await Factory.CreateTenantFromJsonAsync(SourceRecipe);
        return (store, await Factory.Service<TenantExporter>().ExportAsync(store.Name, includeContent: true, CancellationToken.None));
    });

    [Fact]
    public async Task DanishCloneOfNordicSeSignsInItsAdministratorAndSellsToDenmarkInKroner()
    {
        var (_, export) = await Source.Value;
        var clone = await Factory.CreateTenantFromJsonAsync(export.ToJsonString(), new Dictionary<string, string>
        {
            ["SiteName"] = "Nordic Danmark", ["DefaultCulture"] = "da-DK", ["Currency"] = "DKK", ["TimeZone"] = "Europe/Copenhagen",
            ["ExchangeRate"] = KronerPerKrona.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Country"] = "DK",
            ["AdminEmail"] = AdminEmail, ["AdminPassword"] = AdminSession.Password,
        });

        var admin = new AdminSession(clone);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(AdminEmail)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("admin")).StatusCode);

        var client = clone.CreateClient();
        client.DefaultRequestHeaders.Add("X-Touchpoint", "app");
        using var products = JsonDocument.Parse(await client.GetStringAsync("/api/storefront/v1/products?pageSize=100"));
        var parka = products.RootElement.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("sku").GetString() == "NOR-PARKA");
        Assert.Equal(EnglishName(export, "NOR-PARKA"), parka.GetProperty("name").GetString());
        var variants = parka.GetProperty("variants").EnumerateArray().ToDictionary(v => v.GetProperty("sku").GetString()!);
        Assert.False(variants["NOR-PARKA-S"].GetProperty("available").GetBoolean()); // none on hand at the source either
        var medium = variants["NOR-PARKA-M"];
        Assert.True(medium.GetProperty("available").GetBoolean());
        Assert.Equal("DKK", medium.GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal(Math.Round(3499m * KronerPerKrona, 2, MidpointRounding.AwayFromZero), medium.GetProperty("price").GetProperty("amount").GetDecimal());

        using var created = JsonDocument.Parse(await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadAsStringAsync());
        var cartId = created.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku = "NOR-PARKA-M", quantity = 1 })).StatusCode);
        var coupon = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/coupon", new { code = "vinter10" });
        Assert.True(coupon.StatusCode == HttpStatusCode.OK, await coupon.Content.ReadAsStringAsync());
        using var discounted = JsonDocument.Parse(await coupon.Content.ReadAsStringAsync());
        Assert.True(discounted.RootElement.GetProperty("totals").GetProperty("discount").GetProperty("amount").GetDecimal() > 0);

        using var shipping = JsonDocument.Parse(await client.GetStringAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=DK"));
        Assert.NotEmpty(shipping.RootElement.EnumerateArray());
        var sourceRates = SourceShippingRates(export);
        var subtotal = medium.GetProperty("price").GetProperty("amount").GetDecimal();
        var flat = shipping.RootElement.EnumerateArray().Where(m => sourceRates.ContainsKey(m.GetProperty("code").GetString()!)).ToList();
        Assert.NotEmpty(flat);
        foreach (var method in flat)
        {
            // Shipping rates and free-above thresholds move to kroner at the same rate as the prices, rounded to øre.
            var (price, freeAbove) = sourceRates[method.GetProperty("code").GetString()!];
            var expected = freeAbove is { } free && subtotal >= Math.Round(free * KronerPerKrona, 2, MidpointRounding.AwayFromZero)
                ? 0m : Math.Round(price * KronerPerKrona, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, method.GetProperty("price").GetProperty("amount").GetDecimal());
        }

        using var other = JsonDocument.Parse(await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadAsStringAsync());
        var otherId = other.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/storefront/v1/carts/{otherId}/lines", new { sku = "NOR-PARKA-M", quantity = 1 })).StatusCode);
        var fixedCoupon = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{otherId}/coupon", new { code = "KRONOR100" });
        Assert.True(fixedCoupon.StatusCode == HttpStatusCode.OK, await fixedCoupon.Content.ReadAsStringAsync());
        using var fixedDiscount = JsonDocument.Parse(await fixedCoupon.Content.ReadAsStringAsync());
        Assert.Equal(100m * KronerPerKrona, fixedDiscount.RootElement.GetProperty("totals").GetProperty("discount").GetProperty("amount").GetDecimal());
        using var checkout = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = "kunde@example.dk",
                shippingAddress = new { name = "Freja Jensen", line1 = "Strøget 1", city = "København K", postalCode = "1160", country = "DK" },
                shippingMethod = shipping.RootElement[0].GetProperty("code").GetString(),
                paymentMethod = "bank-transfer",
            }),
        };
        checkout.Headers.Add("Idempotency-Key", "clone-dk-" + clone.Name);
        var placed = await client.SendAsync(checkout);

        Assert.True(placed.StatusCode == HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
        using var order = JsonDocument.Parse(await placed.Content.ReadAsStringAsync());
        Assert.Equal("DKK", order.RootElement.GetProperty("total").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task CloneIntoAnotherCurrencyWithoutARateIsRefusedNamingThePriceListsAndLeavesNothing()
    {
        var (_, export) = await Source.Value;
        var name = TestTenant.NewName();
        var request = new TenantRequest { Name = name, Hosts = [$"{name}.test"] };

        var error = await Assert.ThrowsAsync<RecipeException>(() => Factory.Service<TenantCreationService>().CreateAndSetupAsync(
            request, RecipeReader.Read(export.ToJsonString(), "nordic-se-export.json"),
            new Dictionary<string, string> { ["DefaultCulture"] = "da-DK", ["Currency"] = "DKK", ["AdminPassword"] = AdminSession.Password }, null, CancellationToken.None));

        Assert.All(error.Errors, e => Assert.Equal("convert.rate", e.Field));
        var refusal = Assert.Single(error.Errors, e => e.Message.Contains("Price lists that need DKK prices: 'Sweden'", StringComparison.Ordinal));
        Assert.Contains("ExchangeRate", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(error.Errors, e => e.Message.Contains("shipping rates in DKK with SEK amounts", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Message.Contains("fixed coupon amounts and minimum orders in DKK", StringComparison.Ordinal));
        Assert.Null(Factory.Service<TenantRegistry>().Find(name));
        Assert.False(await TenantDatabaseProbe.ExistsAsync(Factory, name));
    }

    [Fact]
    public async Task ARateThatIsNotAPositiveNumberIsRefused()
    {
        var (_, export) = await Source.Value;

        var error = await Assert.ThrowsAsync<RecipeException>(() => Factory.CreateTenantFromJsonAsync(export.ToJsonString(),
            new Dictionary<string, string> { ["Currency"] = "DKK", ["ExchangeRate"] = "-1" }));

        Assert.Contains(error.Errors, e => e.Field == "convert.rate" && e.Message.Contains("above zero", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportCarriesNoSecret()
    {
        var (_, export) = await Source.Value;
        var json = export.ToJsonString();

        Assert.DoesNotContain(MultistoreFactory.AdminPassword, json, StringComparison.Ordinal);
        Assert.DoesNotContain("admin@", json.Replace("admin@example.com", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"SecretKey\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("WebhookSecret", json, StringComparison.Ordinal);
        var parameters = export["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => p!["default"]);
        Assert.Null(parameters["AdminPassword"]);
    }

    [Fact]
    public async Task ExportRoundTripsEveryModulesStep()
    {
        var (_, export) = await Source.Value;
        var clone = await Factory.CreateTenantFromJsonAsync(export.ToJsonString());

        var again = await Factory.Service<TenantExporter>().ExportAsync(clone.Name, includeContent: true, CancellationToken.None);

        var steps = export["steps"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
        foreach (var expected in new[] { "features", "settings", "themes", "templates", "translations", "inventory", "tax", "shipping", "promotions", "catalog", "pricelists", "users" })
        {
            Assert.Contains(expected, steps);
        }

        var before = export["steps"]!.AsArray();
        var after = again["steps"]!.AsArray();
        Assert.Equal(steps, after.Select(s => (string)s!["name"]!).ToList());
        for (var i = 0; i < before.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(before[i], after[i]), $"Step {i} ({steps[i]}) differs after a round trip:\n{before[i]!.ToJsonString()[..Math.Min(2000, before[i]!.ToJsonString().Length)]}\n{after[i]!.ToJsonString()[..Math.Min(2000, after[i]!.ToJsonString().Length)]}");
        }
    }

    [Fact]
    public async Task TemplatesAndTranslationsThatDoNotParseAreRefusedNamingThem()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => Factory.CreateTenantFromJsonAsync("""
            { "name": "broken-overrides", "steps": [
              { "name": "features", "enable": [ "Multistore.Storefront" ] },
              { "name": "templates", "overrides": { "product": "{% if %}" } },
              { "name": "translations", "cultures": { "sv-SE": "msgid Köp", "xx-NOPE": "" } } ] }
            """));

        Assert.Contains(error.Errors, e => e.StepIndex == 1 && e.Field == "overrides.product");
        Assert.Contains(error.Errors, e => e.StepIndex == 2 && e.Field == "cultures.sv-SE" && e.Message.Contains("line 1", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StepIndex == 2 && e.Field == "cultures.xx-NOPE");
    }

    private static string EnglishName(JsonObject export, string sku) =>
        (string)export["steps"]!.AsArray().Single(s => (string)s!["name"]! == "catalog")!["products"]!.AsArray()
            .Single(p => (string)p!["sku"]! == sku)!["translations"]!["en-US"]!["name"]!;

    /// <summary>The flat price and free-above threshold of each shipping rate in the export (the exported store's currency), by code.</summary>
    private static Dictionary<string, (decimal Price, decimal? FreeAbove)> SourceShippingRates(JsonObject export) =>
        export["steps"]!.AsArray().Where(s => (string?)s!["name"] == "shipping")
            .SelectMany(s => s!["zones"]!.AsArray()).SelectMany(z => z!["rates"]!.AsArray())
            .Where(r => r!["price"] is not null)
            .GroupBy(r => (string)r!["code"]!).ToDictionary(g => g.Key, g => ((decimal)g.First()!["price"]!, (decimal?)g.First()!["freeAbove"]));
}
