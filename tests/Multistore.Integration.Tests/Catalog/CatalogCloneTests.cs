using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Import;
using Multistore.Catalog.Recipes;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;
using Multistore.Pricing.Editing;
using Multistore.Setup;

namespace Multistore.Integration.Tests.Catalog;

public sealed class CatalogCloneTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task ExportWithContentThenImportIntoNewTenantReproducesCatalogAndPrices()
    {
        var original = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var recipe = await Factory.Service<TenantExporter>().ExportAsync(original.Name, includeContent: true, CancellationToken.None);

        var clone = await Factory.CreateTenantFromJsonAsync(recipe.ToJsonString());
        var found = await clone.SearchAsync("?q=Winterparka");

        Assert.Equal(await CatalogOf(original), await CatalogOf(clone));
        Assert.Equal(await PricesOf(original), await PricesOf(clone));
        Assert.Contains("PARKA", found.Skus());
        Assert.Contains("\"key\": \"outerwear\"", recipe.ToJsonString(CatalogJson.Options));
    }

    [Fact]
    public async Task ExportWithoutContentLeavesTheCatalogOut()
    {
        var original = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);

        var recipe = await Factory.Service<TenantExporter>().ExportAsync(original.Name, includeContent: false, CancellationToken.None);

        Assert.DoesNotContain("\"catalog\"", recipe.ToJsonString());
        Assert.DoesNotContain("\"pricelists\"", recipe.ToJsonString());
    }

    private static Task<string> CatalogOf(TestTenant tenant) => tenant.RunAsync(async services =>
        JsonSerializer.Serialize(await services.GetRequiredService<CatalogExporter>().ReadAllAsync(CancellationToken.None), CatalogJson.Options));

    private static Task<string> PricesOf(TestTenant tenant) => tenant.RunAsync(async services =>
    {
        var editor = services.GetRequiredService<IPriceListEditor>();
        var lists = (await editor.ListsAsync(CancellationToken.None)).ToDictionary(l => l.Id, l => $"{l.Name}/{l.Currency}/{l.IsDefault}");
        var entries = await editor.EntriesAsync(["BOOT-42", "BOOT-43", "PARKA", "CAP", "DRAFT-1"], CancellationToken.None);
        return string.Join("; ", entries.Select(e => $"{lists[e.PriceListId]} {e.Sku} {e.Amount:0.00} {e.CompareAtAmount:0.00}").Order(StringComparer.Ordinal));
    });
}
