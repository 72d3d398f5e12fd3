using System.Net;
using System.Text.Json;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>What every refusal for too many requests looks like to an app: 429, Retry-After in seconds, a problem document.</summary>
public static class TooManyRequests
{
    public static async Task AssertAsync(HttpResponseMessage refused)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 carries Retry-After in seconds.");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }
}
