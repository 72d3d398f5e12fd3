using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class HealthTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task NodeAnswersHealthOnTheHost()
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://node.internal/") });

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("node").GetProperty("status").GetString());
    }

    [Fact]
    public async Task StoreAnswersItsOwnHealthWithEachDatabase()
    {
        var tenant = await ApiStore.CreateAsync(Factory);

        var response = await tenant.CreateClient().GetAsync("/api/storefront/v1/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(tenant.Name, json.RootElement.GetProperty("tenant").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("CatalogDbContext").GetString());
    }
}
