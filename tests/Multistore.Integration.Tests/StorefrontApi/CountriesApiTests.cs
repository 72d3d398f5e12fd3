using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>An app learns where a store ships and which address fields each country needs, then buys with exactly those.</summary>
public sealed class CountriesApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task CountriesEndpointDrivesAUsCheckoutAndARegionThatIsNoStateIsAFieldError()
    {
        var store = await Factory.CreateTenantAsync("outlet-us");
        var client = store.CreateClient();

        var countries = await client.GetFromJsonAsync<JsonElement>("/api/storefront/v1/countries");
        var us = Assert.Single(countries.EnumerateArray());
        Assert.Equal("US", us.GetProperty("country").GetString());
        Assert.Equal("United States", us.GetProperty("name").GetString());
        var fields = us.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var region = fields["region"];
        Assert.True(region.GetProperty("required").GetBoolean());
        var states = region.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("code").GetString()!).ToList();
        Assert.Contains("NY", states);
        Assert.Contains("CA", states);
        Assert.True(fields["postalCode"].GetProperty("required").GetBoolean());
        Assert.Matches(fields["postalCode"].GetProperty("pattern").GetString()!, fields["postalCode"].GetProperty("example").GetString()!);

        var cartId = await CartWithAProductAsync(client);
        var shipping = await client.GetFromJsonAsync<JsonElement>($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=US");
        var payment = await client.GetFromJsonAsync<JsonElement>($"/api/storefront/v1/carts/{cartId}/payment-methods");
        var values = new Dictionary<string, object?>
        {
            ["name"] = "Ada Lovelace", ["line1"] = "350 5th Ave", ["city"] = "New York", ["region"] = "NY",
            ["postalCode"] = fields["postalCode"].GetProperty("example").GetString(), ["country"] = "US",
        };
        var address = fields.Keys.Where(f => fields[f].GetProperty("required").GetBoolean()).ToDictionary(f => f, f => values[f]);
        Assert.Equal(["city", "country", "line1", "name", "postalCode", "region"], address.Keys.Order(StringComparer.Ordinal));

        object Body(Dictionary<string, object?> shipTo) => new
        {
            email = "ada@example.com", shippingAddress = shipTo,
            shippingMethod = shipping[0].GetProperty("code").GetString(), paymentMethod = payment[0].GetProperty("code").GetString(),
        };
        var missing = await CheckoutAsync(client, cartId, Body(address.Where(p => p.Key != "region").ToDictionary()), "no-region");
        var invalid = await CheckoutAsync(client, cartId, Body(new Dictionary<string, object?>(address) { ["region"] = "ZZ" }), "bad-region");
        var placed = await CheckoutAsync(client, cartId, Body(address), "ok");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("shippingAddress.region", out _));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ZZ", problem.GetProperty("errors").GetProperty("shippingAddress.region")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        using var order = JsonDocument.Parse(await placed.Content.ReadAsStringAsync());
        Assert.Equal("USD", order.RootElement.GetProperty("total").GetProperty("currency").GetString());
        Assert.Equal(2, Decimals(order.RootElement.GetProperty("total").GetProperty("amount")));
    }

    [Fact]
    public async Task ShippingMethodsToACountryTheStoreDoesNotServeIsAProblemNamingItAndAMalformedCodeIsABadRequest()
    {
        var store = await Factory.CreateTenantAsync("outlet-us");
        var client = store.CreateClient();
        var cartId = await CartWithAProductAsync(client);

        var unserved = await client.GetAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=de");
        var malformed = await client.GetAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=D1");
        var unknown = await client.GetAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=QQ");
        var tooLong = await client.GetAsync($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=USA");
        var served = await client.GetFromJsonAsync<JsonElement>($"/api/storefront/v1/carts/{cartId}/shipping-methods?country=us");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unserved.StatusCode);
        var problem = await unserved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("DE", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("DE", problem.GetProperty("country").GetString());
        foreach (var bad in new[] { malformed, unknown, tooLong })
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("country", out _));
        }

        Assert.True(served.GetArrayLength() > 0);
        Assert.All(served.EnumerateArray(), m => Assert.Equal(2, Decimals(m.GetProperty("price").GetProperty("amount"))));
    }

    [Fact]
    public async Task EachStoreListsTheCountriesOfItsOwnZonesInTheRequestsCulture()
    {
        var germany = await Factory.CreateTenantAsync("nordic-de");
        var sweden = await Factory.CreateTenantAsync("nordic-se");

        var fromGermany = await germany.CreateClient().GetFromJsonAsync<JsonElement>("/api/storefront/v1/countries");
        var fromSweden = await sweden.CreateClient().GetFromJsonAsync<JsonElement>("/api/storefront/v1/countries");

        var codes = fromGermany.EnumerateArray().Select(c => c.GetProperty("country").GetString()).ToList();
        Assert.Contains("DE", codes);
        Assert.Contains("AT", codes);
        Assert.Contains("SE", codes);
        Assert.Equal("Österreich", fromGermany.EnumerateArray().Single(c => c.GetProperty("country").GetString() == "AT").GetProperty("name").GetString());
        Assert.Equal(["SE"], fromSweden.EnumerateArray().Select(c => c.GetProperty("country").GetString()));
        Assert.DoesNotContain(fromGermany.EnumerateArray().Single(c => c.GetProperty("country").GetString() == "DE").GetProperty("fields").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "region");
    }

    private static async Task<Guid> CartWithAProductAsync(HttpClient client)
    {
        using var products = JsonDocument.Parse(await client.GetStringAsync("/api/storefront/v1/products?page=1&pageSize=20"));
        var sku = products.RootElement.GetProperty("items").EnumerateArray()
            .Where(p => p.GetProperty("price").ValueKind == JsonValueKind.Object)
            .Select(p => p.GetProperty("variants")[0].GetProperty("sku").GetString()).First();
        var created = await client.PostAsync("/api/storefront/v1/carts", null);
        var cartId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var added = await client.PostAsJsonAsync($"/api/storefront/v1/carts/{cartId}/lines", new { sku, quantity = 1 });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        return cartId;
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, Guid cartId, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/v1/carts/{cartId}/checkout") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static int Decimals(JsonElement amount) => amount.GetRawText().Split('.') is [_, var digits] ? digits.Length : 0;
}
