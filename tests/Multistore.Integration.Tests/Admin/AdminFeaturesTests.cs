using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

public sealed class AdminFeaturesTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task DisablingAFeatureOthersNeedIsRefusedWithTheEnginesMessage()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);
        await session.SignInAsync("owner@example.com");

        var response = await session.PostFormAsync("admin/features", "admin/features/Multistore.Catalog/disable", []);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("Feature 'Multistore.Catalog' cannot be disabled: Multistore.Storefront depend(s) on it.", Assert.Single((await HtmlPage.ParseAsync(response)).Alerts()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeatureDisabledAndEnabledFromTheAdminChangesTheStore()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com", "Toggled Store"));
        var session = new AdminSession(tenant);
        await session.SignInAsync("owner@example.com");

        var disable = await session.PostFormAsync("admin/features", "admin/features/Multistore.Storefront/disable", []);
        var afterDisable = await HtmlPage.GetAsync(session.Client, "admin/features");
        var homeWithout = await tenant.CreateClient().GetAsync("/");

        var enable = await session.PostFormAsync("admin/features", "admin/features/Multistore.Storefront/enable", []);
        var afterEnable = await HtmlPage.GetAsync(session.Client, "admin/features");
        var homeWith = await HtmlPage.GetAsync(tenant.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Contains(afterDisable.Notices(), notice => notice.Contains("Disabled Multistore.Storefront.", StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.OK, homeWithout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Contains(afterEnable.Notices(), notice => notice.Contains("Enabled Storefront.", StringComparison.Ordinal));
        Assert.Equal("Toggled Store", homeWith.Heading());
    }

    [Fact]
    public async Task AdminCannotDisableItself()
    {
        var tenant = await Factory.CreateTenantAsync("store", AdminSession.Parameters("owner@example.com"));
        var session = new AdminSession(tenant);
        await session.SignInAsync("owner@example.com");

        var response = await session.PostFormAsync("admin/features", "admin/features/Multistore.Admin/disable", []);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("admin")).StatusCode);
    }
}
