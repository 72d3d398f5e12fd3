using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Tenancy;

public sealed class TenantStateTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task DisabledTenantAnswers503WithAClearPageAndComesBackWhenEnabled()
    {
        var tenant = await Factory.CreateTenantAsync("store", new Dictionary<string, string> { ["SiteName"] = "Closing Soon" });
        var client = tenant.CreateClient();
        var first = await client.GetAsync("/");
        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        Assert.Equal("Closing Soon", (await HtmlPage.ParseAsync(first)).Heading());

        await Factory.Service<TenantStateService>().DisableAsync(tenant.Name, CancellationToken.None);
        var closed = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, closed.StatusCode);
        Assert.Contains("not available", (await HtmlPage.ParseAsync(closed)).Text("main p"), StringComparison.Ordinal);
        Assert.DoesNotContain("Closing Soon", await closed.Content.ReadAsStringAsync());

        await Factory.Service<TenantStateService>().EnableAsync(tenant.Name, CancellationToken.None);
        Assert.Equal("Closing Soon", (await HtmlPage.GetAsync(client, "/")).Heading());
    }

    [Fact]
    public async Task InitializingTenantAnswers503WithRetryAfter()
    {
        var tenant = await Factory.CreateTenantAsync();
        await Factory.Service<TenantRegistry>().UpdateAsync(tenant.Name, t => t with { State = TenantState.Initializing }, CancellationToken.None);

        var response = await tenant.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task DefaultTenantCanNeverBeDisabledOrRemoved()
    {
        var lifecycle = Factory.Service<TenantStateService>();

        var disable = await Assert.ThrowsAnyAsync<TenantValidationException>(() => lifecycle.DisableAsync(TenantSettings.DefaultName, CancellationToken.None));
        var remove = await Assert.ThrowsAnyAsync<TenantValidationException>(() => lifecycle.RemoveAsync(TenantSettings.DefaultName, CancellationToken.None));

        Assert.Contains("Default", disable.Message, StringComparison.Ordinal);
        Assert.Contains("Default", remove.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingADisabledTenantDeletesItsDatabaseAndRegistration()
    {
        var tenant = await Factory.CreateTenantAsync();
        var lifecycle = Factory.Service<TenantStateService>();
        await Assert.ThrowsAsync<TenantValidationException>(() => lifecycle.RemoveAsync(tenant.Name, CancellationToken.None));

        await lifecycle.DisableAsync(tenant.Name, CancellationToken.None);
        await lifecycle.RemoveAsync(tenant.Name, CancellationToken.None);

        Assert.Null(Factory.Service<TenantRegistry>().Find(tenant.Name));
        Assert.False(await TenantDatabaseProbe.ExistsAsync(Factory, tenant.Name));
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.CreateClient().GetAsync("/")).StatusCode);
    }
}
