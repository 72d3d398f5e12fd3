using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class ApiDocumentTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task OpenApiDocumentValidatesAndListsEveryEndpoint()
    {
        var tenant = await ApiStore.CreateAsync(Factory, features: """
            , "Multistore.Users", "Multistore.Search", "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout"
            """);

        var response = await tenant.CreateClient().GetAsync("/api/storefront/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), "json");

        Assert.NotNull(read.Document);
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.Empty(read.Document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Equal("API Store Storefront API", read.Document.Info.Title);

        var documented = read.Document.Paths
            .SelectMany(path => path.Value.Operations!.Keys.Select(method => $"{method.Method.ToUpperInvariant()} {path.Key}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shell = await ApiStore.ShellAsync(Factory, tenant);
        var mapped = shell.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/storefront/v1", StringComparison.OrdinalIgnoreCase) == true)
            .Where(e => e.Metadata.GetMetadata<System.Reflection.MethodInfo>() is not null)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} /{System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.Trim('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}")}"))
            .ToList();

        Assert.Contains("GET /api/storefront/v1/products", mapped);
        Assert.Contains("GET /api/storefront/v1/search", mapped);
        Assert.Contains("GET /api/storefront/v1/categories", mapped);
        Assert.Contains("PUT /api/storefront/v1/customers/me/addresses/{id}", mapped);
        Assert.Contains("GET /api/storefront/v1/customers/me/orders", mapped);
        Assert.Contains("GET /api/storefront/v1/orders/{number}/payment", mapped);
        Assert.All(mapped, endpoint => Assert.Contains(endpoint, documented));
        Assert.Equal(mapped.Count, documented.Count);
    }

    [Fact]
    public async Task ReferencePageIsServedByTheStoreWithoutOutsideScripts()
    {
        var tenant = await ApiStore.CreateAsync(Factory);
        var client = tenant.CreateClient();

        var page = await client.GetStringAsync("/api/storefront/v1/reference");
        var script = await client.GetStringAsync("/api/storefront/v1/reference.js");

        Assert.Equal("openapi.json", HtmlPage.Parse(page).Attribute("a#document", "href"));
        Assert.True(HtmlPage.Parse(page).Has("script[src='reference.js']"), "The reference page loads its script from the API itself.");
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Contains("fetch(\"openapi.json\")", script, StringComparison.Ordinal);
    }
}
