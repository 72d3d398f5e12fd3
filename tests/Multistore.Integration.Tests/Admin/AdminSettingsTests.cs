using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

public sealed class AdminSettingsTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static Dictionary<string, string> Site(string name, string culture = "en-US", string currency = "USD") => new()
    {
        ["SiteName"] = name,
        ["DefaultCulture"] = culture,
        ["SupportedCultures"] = "",
        ["Currency"] = currency,
        ["TimeZone"] = "Europe/Stockholm",
    };

    [Fact]
    public async Task SiteNameSavedInTheAdminShowsOnTheStorefront()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com", "Before Rename"));
        var session = new AdminSession(tenant);
        await session.SignInAsync("owner@example.com");

        var save = await session.PostFormAsync("admin/settings/site", "admin/settings/site", Site("After Rename"));
        var page = await HtmlPage.GetAsync(session.Client, "admin/settings/site");
        var home = await HtmlPage.GetAsync(tenant.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("/admin/settings/site", save.Headers.Location?.OriginalString);
        Assert.Equal(["Site settings saved."], page.Notices());
        Assert.Equal("After Rename", home.Heading());
        Assert.EndsWith("After Rename", home.Document.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Before Rename", home.Text());
        Assert.DoesNotContain("Before Rename", home.Document.Title);
    }

    [Fact]
    public async Task InvalidSettingsAreShownPerFieldAndNotSaved()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com", "Unchanged Store"));
        var session = new AdminSession(tenant);
        await session.SignInAsync("owner@example.com");

        var response = await session.PostFormAsync("admin/settings/site", "admin/settings/site", Site("Changed Store", culture: "xx-NOPE", currency: "ZZZ"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = HtmlPage.Parse(html);
        Assert.StartsWith("'xx-NOPE' is not a known culture.", page.Text("[id='DefaultCulture-error']"), StringComparison.Ordinal);
        Assert.NotEmpty(page.Text("[id='Currency-error']"));
        Assert.Contains("Changed Store", page.ValueAttributes());
        Assert.Equal("Unchanged Store", (await HtmlPage.GetAsync(tenant.CreateClient(), "/")).Heading());
    }
}
