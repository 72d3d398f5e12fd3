using System.Net;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class RateLimitAndCorsTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task ClientOverTheStoresLimitGets429ProblemWithRetryAfter()
    {
        var limited = await ApiStore.CreateAsync(Factory, apiSettings: """{ "RequestsPerWindow": 3, "WindowSeconds": 60 }""");
        var other = await ApiStore.CreateAsync(Factory);
        var client = limited.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/storefront/v1/products")).StatusCode);
        }

        var refused = await client.GetAsync("/api/storefront/v1/products");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await other.CreateClient().GetAsync("/api/storefront/v1/products")).StatusCode);
    }

    [Fact]
    public async Task OnlyTheStoresConfiguredOriginsMayCallFromABrowser()
    {
        var tenant = await ApiStore.CreateAsync(Factory, apiSettings: """{ "CorsOrigins": [ "https://app.example.com" ] }""");
        var client = tenant.CreateClient();

        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/products");
        allowed.Headers.Add("Origin", "https://app.example.com");
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/products");
        foreign.Headers.Add("Origin", "https://evil.example.net");

        var allowedResponse = await client.SendAsync(allowed);
        var foreignResponse = await client.SendAsync(foreign);

        Assert.Equal("https://app.example.com", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(foreignResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
