using System.Net;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Requests;

/// <summary>Paging past a listing's depth, or with a page size out of range, is a 400 naming the parameter, on the search page, the search API and the Storefront API.</summary>
public sealed class PagingLimitTests
{
    public static TheoryData<string, string> OutOfRange => new()
    {
        { "search?q=lamp&page=2147483647", "page" },
        { "search?q=lamp&page=0", "page" },
        { "search?q=lamp&size=100000", "size" },
        { "api/search?q=lamp&page=2147483647", "page" },
        { "api/storefront/v1/search?q=lamp&page=2147483647", "page" },
        { "api/storefront/v1/search?q=lamp&page=-1", "page" },
        { "api/storefront/v1/search?q=lamp&pageSize=2147483647", "pageSize" },
        { "api/storefront/v1/products?page=2147483647", "page" },
        { "api/storefront/v1/products?page=5&pageSize=-3", "pageSize" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task OutOfRangePagingIsA400NamingTheParameter(string url, string parameter)
    {
        var store = await ApiStore.CreateAsync(MultistoreFactory.Shared, features: ", \"Multistore.Search\"");

        var response = await store.CreateClient().GetAsync(url);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode} {text}");
        using var problem = JsonDocument.Parse(text);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), text);
    }

    [Fact]
    public async Task TheLastPageInRangeAnswers()
    {
        var store = await ApiStore.CreateAsync(MultistoreFactory.Shared, features: ", \"Multistore.Search\"");

        var client = store.CreateClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var response = await client.GetAsync("api/storefront/v1/search?q=lamp&page=100&pageSize=100");
        while (response.StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
        {
            // The new store's index is still being built; a 503 says to ask again.
            response.Dispose();
            await Task.Delay(50);
            response = await client.GetAsync("api/storefront/v1/search?q=lamp&page=100&pageSize=100");
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        response.Dispose();
    }
}
