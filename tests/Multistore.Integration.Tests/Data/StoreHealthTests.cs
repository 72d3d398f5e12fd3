using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Integration.Tests.Tenants;
using Multistore.Pricing;

namespace Multistore.Integration.Tests.Data;

/// <summary>
/// A store's health says whether it can serve, not only whether its database answers: a store whose reads fail
/// (a table gone, a query its provider cannot run) is Unhealthy with the check that failed, while the store beside
/// it stays Healthy. Which check failed is told to operators only (a host API key granting tenants.view).
/// </summary>
public sealed class StoreHealthTests
{
    private static MultistoreFactory Factory => SaasHost.Factory;

    [Fact]
    public async Task AStoreThatCannotReadItsPricesIsUnhealthyAndItsNeighbourIsNot()
    {
        var key = await SaasHost.IssueKeyAsync("tenants.view");
        var broken = await ApiStore.CreateAsync(Factory);
        var neighbour = await ApiStore.CreateAsync(Factory);
        await DropTableAsync(broken, "PriceEntries");

        var page = await broken.CreateClient().GetAsync("/api/storefront/v1/products");
        var health = await OperatorClient(broken, key).GetAsync("/api/storefront/v1/health");

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("PricingDbContext").GetString());
        Assert.StartsWith("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("Prices").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("CatalogDbContext").GetString());

        var neighbourHealth = await neighbour.CreateClient().GetAsync("/api/storefront/v1/health");
        Assert.Equal(HttpStatusCode.OK, neighbourHealth.StatusCode);
    }

    [Fact]
    public async Task AServingStoreReportsEveryProbeHealthy()
    {
        var key = await SaasHost.IssueKeyAsync("tenants.view");
        var store = await ApiStore.CreateAsync(Factory);

        var health = await OperatorClient(store, key).GetAsync("/api/storefront/v1/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("Prices").GetString());
        Assert.Equal("Healthy", checks.GetProperty("Catalog").GetString());
        Assert.All(checks.EnumerateObject(), check => Assert.Equal("Healthy", check.Value.GetString()));
    }

    [Fact]
    public async Task AnyoneElseSeesTheStatusAlone()
    {
        var viewKey = await SaasHost.IssueKeyAsync("tenants.view");
        var otherKey = await SaasHost.IssueKeyAsync("tenants.features");
        var broken = await ApiStore.CreateAsync(Factory);
        await DropTableAsync(broken, "PriceEntries");

        foreach (var client in new[] { broken.CreateClient(), OperatorClient(broken, otherKey), OperatorClient(broken, viewKey + "x") })
        {
            var health = await client.GetAsync("/api/storefront/v1/health");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal(["status"], json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task TheNodeShowsItsMachineAndChecksToOperatorsOnly()
    {
        var key = await SaasHost.IssueKeyAsync("tenants.view");
        var anonymous = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://node.internal/") });
        var operatorClient = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://node.internal/") });
        operatorClient.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var plain = JsonDocument.Parse(await (await anonymous.GetAsync("/health")).Content.ReadAsStringAsync());
        using var detailed = JsonDocument.Parse(await (await operatorClient.GetAsync("/health")).Content.ReadAsStringAsync());

        Assert.Equal(["status"], plain.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Healthy", plain.RootElement.GetProperty("status").GetString());
        Assert.Equal(Environment.MachineName, detailed.RootElement.GetProperty("node").GetString());
        Assert.True(detailed.RootElement.GetProperty("checks").GetProperty("node").GetProperty("data").TryGetProperty("runningShells", out _));
    }

    private static HttpClient OperatorClient(TestTenant store, string key)
    {
        var client = store.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task DropTableAsync(TestTenant tenant, string table)
    {
        var shell = await ApiStore.ShellAsync(Factory, tenant);
        await using var scope = shell.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();
        var mapped = db.Model.GetRelationalModel().Tables.Single(t => t.Name == table);
        var name = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(mapped.Name, mapped.Schema);
#pragma warning disable EF1002 // the table name comes from the model, not from input
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE {name}");
#pragma warning restore EF1002
    }
}
