using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

public sealed class AdminTenantIsolationTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task TenantAsCredentialsDoNotSignInToTenantB()
    {
        var alpha = await Factory.CreateTenantAsync("store", AdminSession.Parameters("alpha@example.com"));
        var beta = await Factory.CreateTenantAsync("store", AdminSession.Parameters("beta@example.com"));

        var onBeta = await new AdminSession(beta).SignInAsync("alpha@example.com");
        var onAlpha = await new AdminSession(alpha).SignInAsync("alpha@example.com");

        Assert.Equal(HttpStatusCode.BadRequest, onBeta.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, onAlpha.StatusCode);
    }

    [Fact]
    public async Task TenantAsCookieDoesNotOpenTenantBsAdmin()
    {
        var alpha = await Factory.CreateTenantAsync("store", AdminSession.Parameters("same@example.com"));
        var beta = await Factory.CreateTenantAsync("store", AdminSession.Parameters("same@example.com"));
        var signIn = await new AdminSession(alpha).SignInAsync("same@example.com");
        var alphaCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($".Multistore.{alpha.Name}.Auth=", StringComparison.Ordinal));
        var value = alphaCookie.Split(';')[0].Split('=', 2)[1];

        // A's cookie under A's name, and the same value under B's cookie name: neither opens B's admin.
        foreach (var cookie in new[] { $".Multistore.{alpha.Name}.Auth={value}", $".Multistore.{beta.Name}.Auth={value}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "admin");
            request.Headers.Add("Cookie", cookie);
            var response = await beta.CreateClient(followRedirects: false).SendAsync(request);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/login", response.Headers.Location?.PathAndQuery);
        }
    }
}
