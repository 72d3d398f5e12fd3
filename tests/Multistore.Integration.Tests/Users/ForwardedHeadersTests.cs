using System.Net;
using System.Net.Http.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Users;

/// <summary>
/// X-Forwarded-Proto and X-Forwarded-For count only from the proxies and networks the host's configuration names: behind
/// the TLS proxy a shopper's session cookie is Secure and the client's own address is the one limits count; from anywhere
/// else the headers change nothing.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData(DoorsHost.Proxy)]
    [InlineData("10.1.20.30")]
    public async Task BehindAKnownProxyTheSessionCookieIsSecure(string proxy)
    {
        var store = await CustomerStore.CreateAsync(DoorsHost.Factory);
        await CustomerStore.SignedInClientAsync(store, "ada@example.com");

        var cookie = await SignInCookieAsync(store, proxy);

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FromAnUnknownSourceTheHeadersAreIgnored()
    {
        var store = await CustomerStore.CreateAsync(DoorsHost.Factory);
        await CustomerStore.SignedInClientAsync(store, "ada@example.com");

        var cookie = await SignInCookieAsync(store, "203.0.113.50");

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheForwardedClientIsTheAddressTheLimitsCount()
    {
        var store = await CustomerStore.CreateAsync(DoorsHost.Factory);
        var proxied = DoorsHost.From(store, DoorsHost.Proxy);

        for (var i = 0; i <= DoorsHost.PerAddress; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/storefront/v1/customers/token") { Content = JsonContent.Create(new { email = $"p{i}@example.com", password = "Wrong-Horse-1" }) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{100 + i}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await proxied.SendAsync(request)).StatusCode);
        }

        var spoofed = DoorsHost.From(store, "203.0.113.60");
        for (var i = 0; i < DoorsHost.PerAddress; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/storefront/v1/customers/token") { Content = JsonContent.Create(new { email = $"s{i}@example.com", password = "Wrong-Horse-1" }) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{200 + i}");
            await spoofed.SendAsync(request);
        }

        using var last = new HttpRequestMessage(HttpMethod.Post, "api/storefront/v1/customers/token") { Content = JsonContent.Create(new { email = "s-last@example.com", password = "Wrong-Horse-1" }) };
        last.Headers.Add("X-Forwarded-For", "198.51.100.250");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await spoofed.SendAsync(last)).StatusCode);
    }

    /// <summary>Gets the form over plain HTTP, then posts the sign-in through <paramref name="peer"/> saying the client used HTTPS; returns the session's Set-Cookie.</summary>
    private static async Task<string> SignInCookieAsync(Fixtures.TestTenant store, string peer)
    {
        var client = DoorsHost.From(store, peer, followRedirects: false);
        var (name, token) = FormFields.Antiforgery(await client.GetStringAsync("account/sign-in"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [name] = token, ["email"] = "ada@example.com", ["password"] = "Correct-Horse-9",
            }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.77");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($".Multistore.{store.Name}.Auth=", StringComparison.Ordinal));
    }

}
