using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Pricing;

namespace Multistore.Integration.Tests.Data;

/// <summary>
/// A store's health says whether it can serve, not only whether its database answers: a store whose reads fail
/// (a table gone, a query its provider cannot run) is Unhealthy with the check that failed, while the store beside
/// it stays Healthy.
/// </summary>
public sealed class StoreHealthTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task AStoreThatCannotReadItsPricesIsUnhealthyAndItsNeighbourIsNot()
    {
        var broken = await ApiStore.CreateAsync(Factory);
        var neighbour = await ApiStore.CreateAsync(Factory);
        await DropTableAsync(broken, "PriceEntries");

        var page = await broken.CreateClient().GetAsync("/api/storefront/v1/products");
        var health = await broken.CreateClient().GetAsync("/api/storefront/v1/health");

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
        var store = await ApiStore.CreateAsync(Factory);

        var health = await store.CreateClient().GetAsync("/api/storefront/v1/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("Prices").GetString());
        Assert.Equal("Healthy", checks.GetProperty("Catalog").GetString());
        Assert.All(checks.EnumerateObject(), check => Assert.Equal("Healthy", check.Value.GetString()));
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
