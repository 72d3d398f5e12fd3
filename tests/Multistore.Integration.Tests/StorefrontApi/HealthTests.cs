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
        Assert.False(json.RootElement.TryGetProperty("node", out _), "The machine name is for operators only.");
    }

    [Fact]
    public async Task StoreAnswersItsOwnHealthWithEachDatabaseToAnOperator()
    {
        var key = await Tenants.SaasHost.IssueKeyAsync("tenants.view");
        var tenant = await ApiStore.CreateAsync(Tenants.SaasHost.Factory);
        var client = tenant.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        var response = await client.GetAsync("/api/storefront/v1/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(tenant.Name, json.RootElement.GetProperty("tenant").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("CatalogDbContext").GetString());
    }
}
