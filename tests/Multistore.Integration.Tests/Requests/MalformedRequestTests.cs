using System.Net;
using System.Text;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.StorefrontApi;
using Multistore.Integration.Tests.Tenants;

namespace Multistore.Integration.Tests.Requests;

/// <summary>
/// A body the server cannot read is the client's error on every API: a 400 problem document that names the JSON path or
/// position (or the parameter), in every environment, without echoing what was sent.
/// </summary>
public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData("""{ "email": "a@example.com", "password": """, "$")]
    [InlineData("""{ "email": ["not", "a", "string"], "password": "x" }""", "$.email")]
    public async Task MalformedJsonAtTheStorefrontApiNamesWhereItBroke(string body, string path)
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);

        var response = await store.CreateClient().PostAsync("/api/storefront/v1/customers", new StringContent(body, Encoding.UTF8, "application/json"));

        using var problem = await AssertBadRequestAsync(response);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.StartsWith(path, errors.EnumerateObject().Single().Name, StringComparison.Ordinal);
        Assert.Contains("line", errors.EnumerateObject().Single().Value[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValueOfTheWrongTypeIsNamedAndNotEchoed()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var client = store.CreateClient();
        var cart = await (await client.PostAsync("/api/storefront/v1/carts", null)).Content.ReadAsStringAsync();
        var cartId = JsonDocument.Parse(cart).RootElement.GetProperty("id").GetGuid();
        var huge = new string('9', 40_000);

        var response = await client.PostAsync($"/api/storefront/v1/carts/{cartId}/lines", new StringContent($$"""{ "sku": "LAMP", "quantity": {{huge}} }""", Encoding.UTF8, "application/json"));
        var query = await client.GetAsync($"/api/storefront/v1/products?page={huge}");

        using var problem = await AssertBadRequestAsync(response);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("$.quantity", out _));
        using var queryProblem = await AssertBadRequestAsync(query);
        Assert.True(queryProblem.RootElement.GetProperty("errors").TryGetProperty("page", out _));
    }

    [Fact]
    public async Task MalformedJsonAtTheTenantsApiIsA400ProblemToo()
    {
        var key = await SaasHost.IssueKeyAsync("tenants.manage");

        var response = await SaasHost.Client(key).PostAsync("/api/tenants", new StringContent("""{ "name": "x", """, Encoding.UTF8, "application/json"));

        using var problem = await AssertBadRequestAsync(response);
        Assert.True(problem.RootElement.TryGetProperty("errors", out _));
    }

    private static async Task<JsonDocument> AssertBadRequestAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(text.Length < 2000, "The problem does not echo the value sent.");
        return JsonDocument.Parse(text);
    }
}
