using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// <c>/metrics</c> on the SaaS host shows, in Prometheus' format, which store the requests went to; it names every store
/// of the host, so it asks for a key with metrics.view, and no store serves it on its own host.
/// </summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task AKeyWithMetricsViewScrapesRequestSeriesLabelledByStore()
    {
        var factory = await SaasHost.ReadyAsync();
        var store = await factory.CreateTenantAsync("store");
        var shopper = store.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await shopper.GetAsync("/");
        }

        var scrape = await SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.MetricsView)).GetAsync("metrics");

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var lines = (await scrape.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains(lines, l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && l.Contains($"multistore_tenant=\"{store.Name}\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("multistore_shell_builds", StringComparison.Ordinal)
            && l.Contains($"multistore_tenant=\"{store.Name}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoKeyAKeyWithoutThePermissionAndAStoresOwnHostAreRefused()
    {
        var factory = await SaasHost.ReadyAsync();
        var store = await factory.CreateTenantAsync("store");

        var anonymous = await SaasHost.Client(null).GetAsync("metrics");
        var tenantsOnly = await SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage)).GetAsync("metrics");
        var onTheStore = await store.CreateClient().GetAsync("metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tenantsOnly.StatusCode);
        Assert.Contains("metrics.view", await tenantsOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, onTheStore.StatusCode);
        Assert.DoesNotContain("http_server_request", await onTheStore.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
