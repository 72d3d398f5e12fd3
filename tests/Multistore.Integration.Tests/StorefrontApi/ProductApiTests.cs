using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class ProductApiTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task ListsProductsInThePurchaseContractShape()
    {
        var tenant = await ApiStore.CreateAsync(Factory);

        var response = await tenant.CreateClient().GetAsync("/api/storefront/v1/products?q=&page=1&pageSize=20");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync() + string.Join("\n", Factory.Service<Multistore.Hosting.RecentErrors>().Of(tenant.Name).Select(e => e.Message + e.Exception)));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        var lamp = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("sku").GetString() == "LAMP-1");
        Assert.NotEqual(Guid.Empty, lamp.GetProperty("id").GetGuid());
        Assert.Equal("Desk Lamp", lamp.GetProperty("name").GetString());
        Assert.Equal("desk-lamp", lamp.GetProperty("slug").GetString());
        Assert.Equal(12.34m, lamp.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", lamp.GetProperty("price").GetProperty("currency").GetString());
        var variant = Assert.Single(lamp.GetProperty("variants").EnumerateArray());
        Assert.Equal("LAMP-1", variant.GetProperty("sku").GetString());
        Assert.Equal(12.34m, variant.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.True(variant.GetProperty("available").GetBoolean());
        var table = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("sku").GetString() == "TABLE-1");
        Assert.False(table.GetProperty("variants")[0].GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task SearchesAndPagesWithTheTotalOfAllMatches()
    {
        var tenant = await ApiStore.CreateAsync(Factory);
        var client = tenant.CreateClient();

        using var oak = JsonDocument.Parse(await client.GetStringAsync("/api/storefront/v1/products?q=oak&page=2&pageSize=1"));

        Assert.Equal(2, oak.RootElement.GetProperty("total").GetInt32());
        var item = Assert.Single(oak.RootElement.GetProperty("items").EnumerateArray());
        Assert.StartsWith("Oak", item.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationProblemNamesTheField()
    {
        var tenant = await ApiStore.CreateAsync(Factory);

        var response = await tenant.CreateClient().GetAsync("/api/storefront/v1/products?pageSize=500");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("between 1 and 100", errors.GetProperty("pageSize")[0].GetString(), StringComparison.Ordinal);
        Assert.False(errors.TryGetProperty("page", out _));
    }

    [Fact]
    public async Task UnknownProductIsAProblemDetailsNotFound()
    {
        var tenant = await ApiStore.CreateAsync(Factory);

        var response = await tenant.CreateClient().GetAsync("/api/storefront/v1/products/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-thing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductReadCarriesAnETagAndAnswers304WhenUnchanged()
    {
        var tenant = await ApiStore.CreateAsync(Factory);
        var client = tenant.CreateClient();

        var first = await client.GetAsync("/api/storefront/v1/products/desk-lamp");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Contains("\"compareAt\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/products/desk-lamp");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ErrorsOfUnknownApiRoutesAreProblemDetails()
    {
        var tenant = await ApiStore.CreateAsync(Factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/no-such-aggregate");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await tenant.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
