using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

public sealed class AdminSignInTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task AdminRedirectsToSignInWhenSignedOut()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));

        var response = await new AdminSession(tenant).Client.GetAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login?ReturnUrl=%2Fadmin", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task StoreAdminSignsInAndSeesTheDashboard()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com", "Signed In Store"));
        var session = new AdminSession(tenant);

        var signIn = await session.SignInAsync("owner@example.com");
        var dashboard = await session.Client.GetStringAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("Dashboard", HtmlPage.Parse(dashboard).Texts("h1"));
        Assert.StartsWith("Signed In Store", HtmlPage.Parse(dashboard).Text(".topbar .brand"), StringComparison.Ordinal);
        Assert.Equal("owner@example.com", HtmlPage.Parse(dashboard).Text(".topbar .user"));
        Assert.Contains("/admin/settings/site", HtmlPage.Parse(dashboard).Links());
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithAMessage()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);

        var response = await session.SignInAsync("owner@example.com", "Wrong!Pass2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The email address or password is wrong."], (await HtmlPage.ParseAsync(response)).Alerts());
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("admin")).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenForTheRightOne()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await session.SignInAsync("owner@example.com", "Wrong!Pass2026");
        }

        var response = await session.SignInAsync("owner@example.com");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This account is locked", Assert.Single((await HtmlPage.ParseAsync(response)).Alerts()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);
        await session.SignInAsync("owner@example.com");

        var signOut = await session.PostFormAsync("admin", "admin/logout", []);

        Assert.Equal("/admin/login", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("admin")).StatusCode);
    }

    [Fact]
    public async Task SignInWithoutAntiforgeryTokenIsRejected()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var client = new AdminSession(tenant).Client;

        var response = await client.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "owner@example.com",
            ["Password"] = AdminSession.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
