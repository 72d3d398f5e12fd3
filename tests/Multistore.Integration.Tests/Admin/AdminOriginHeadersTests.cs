using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Tenants;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Admin;

/// <summary>
/// Every admin page of every tenant, the SaaS host's included, refuses to be framed and runs only its own script;
/// its sign-in and antiforgery cookies carry the tenant's name, its path base, HttpOnly and SameSite=Strict.
/// </summary>
public sealed partial class AdminOriginHeadersTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task StoreAdminPagesRefuseFramingAndCookiesAreBoundToTheStore()
    {
        var store = await Factory.CreateTenantAsync("store", AdminSession.Parameters("headers@example.com"));
        var session = new AdminSession(store);

        var login = await session.Client.GetAsync("admin/login");
        AssertAdminHeaders(login);
        AssertCookie(login, $".Multistore.{store.Name}.Antiforgery", "/");

        var signIn = await session.SignInAsync("headers@example.com");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertCookie(signIn, $".Multistore.{store.Name}.Auth", "/");

        var dashboard = await session.Client.GetAsync("admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        AssertAdminHeaders(dashboard);
    }

    [Fact]
    public async Task CookiesOfAStoreUnderAPrefixOnItsOwnHostAreSentOnlyUnderThePrefix()
    {
        var name = TestTenant.NewName();
        await Factory.Service<TenantCreationService>().CreateAndSetupAsync(
            new TenantRequest { Name = name, Hosts = [$"{name}.test"], UrlPrefix = "shop" },
            Factory.Service<RecipeCatalog>().Get("store"), AdminSession.Parameters("prefix@example.com"), null, CancellationToken.None);
        var session = new AdminSession(new TestTenant(Factory, name, $"{name}.test", "shop"));

        var login = await session.Client.GetAsync("admin/login");
        var signIn = await session.SignInAsync("prefix@example.com");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        AssertAdminHeaders(login);
        AssertCookie(login, $".Multistore.{name}.Antiforgery", "/shop");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        AssertCookie(signIn, $".Multistore.{name}.Auth", "/shop");
    }

    [Fact]
    public async Task ThemePageScriptRunsUnderTheNonceOfItsPolicy()
    {
        var store = await Factory.CreateTenantAsync("store", AdminSession.Parameters("nonce@example.com"));
        var session = new AdminSession(store);
        await session.SignInAsync("nonce@example.com");

        var page = await session.Client.GetAsync("admin/appearance/theme");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.True((await HtmlPage.ParseAsync(page)).Has($"script[nonce='{nonce}']"), "The page's inline script carries the policy's nonce.");
    }

    [Fact]
    public async Task HostAdminPagesRefuseFraming()
    {
        await SaasHost.ReadyAsync();
        var client = SaasHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/") });

        var login = await client.GetAsync("admin/login");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        AssertAdminHeaders(login);
        AssertCookie(login, ".Multistore.Default.Antiforgery", "/");
    }

    private static void AssertAdminHeaders(HttpResponseMessage response)
    {
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Matches(NoncePattern(), policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static void AssertCookie(HttpResponseMessage response, string name, string path)
    {
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains($"path={path}", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("httponly", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [GeneratedRegex("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NoncePattern();
}
