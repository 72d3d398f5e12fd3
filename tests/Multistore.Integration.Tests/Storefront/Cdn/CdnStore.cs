using System.Net.Http.Headers;

namespace Multistore.Integration.Tests.Storefront.Cdn;

/// <summary>What a CDN reads from and sends to a store's pages.</summary>
internal static class CdnStore
{
    public static IReadOnlyList<string> SurrogateKeysOf(HttpResponseMessage page) =>
        page.Headers.GetValues("Surrogate-Key").Single().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A CDN asking whether its copy is still good.</summary>
    public static HttpRequestMessage Revalidate(string path, EntityTagHeaderValue copy)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(copy);
        return request;
    }
}
