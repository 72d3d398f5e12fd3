using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Services;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;
using Multistore.Recipes;

namespace Multistore.Integration.Tests.Catalog;

public sealed class CatalogEditingTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task TextsFallBackToTheDefaultCulture()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);

        var skus = await tenant.RunAsync(s => s.GetRequiredService<IProductCatalog>().FindSkusAsync(["CAP", "BOOT-43", "PARKA"], "en-US", CancellationToken.None));

        Assert.Equal("Mütze", skus["CAP"].ProductName);
        Assert.Equal("Winter Parka", skus["PARKA"].ProductName);
        Assert.Equal("Hiking Boots", skus["BOOT-43"].ProductName);
        Assert.Equal("43", skus["BOOT-43"].VariantName);
    }

    [Fact]
    public async Task ProductPageShowsVariantPickerWithPrices()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);

        await tenant.SearchAsync("?q=Wanderstiefel");
        var page = await tenant.CreateClient().GetStringAsync("products/wanderstiefel");

        var product = HtmlPage.Parse(page);
        Assert.Contains("Wanderstiefel", product.Text());
        Assert.Contains("BOOT-42", product.ValueAttributes());
        Assert.Contains("BOOT-43", product.ValueAttributes());
        Assert.Contains("199,00 €", product.Text());
    }

    [Fact]
    public async Task DescriptionsAreSanitizedBeforeStoring()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);

        var result = await tenant.RunAsync(s => s.GetRequiredService<ProductWriter>().SaveAsync(new ProductInput
        {
            Sku = "XSS", Status = "Active",
            Translations = { ["de-DE"] = new TranslationInput { Name = "Tasse", Description = "<p onclick=\"steal()\">Gute <b>Tasse</b><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></p>" } },
        }, CancellationToken.None));
        var stored = await tenant.RunAsync(s => s.GetRequiredService<CatalogDbContext>().ProductTranslations.SingleAsync(t => t.ProductId == result.ProductId));
        var page = await tenant.CreateClient().GetStringAsync("products/tasse");

        Assert.True(result.Succeeded);
        Assert.Contains("Gute <b>Tasse</b>", stored.Description);
        Assert.DoesNotContain("script", stored.Description);
        Assert.DoesNotContain("onclick", stored.Description);
        Assert.DoesNotContain("javascript:", stored.Description);
        Assert.DoesNotContain("alert(1)", page);
    }

    [Fact]
    public async Task WriterRejectsAVariantSkuOfAnotherProductNamingTheField()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);

        var result = await tenant.RunAsync(s => s.GetRequiredService<ProductWriter>().SaveAsync(new ProductInput
        {
            Sku = "SOCK", Options = ["size"],
            Variants = [new VariantInput { Sku = "SOCK-M", Values = ["M"] }, new VariantInput { Sku = "BOOT-42", Values = ["L"] }],
            Translations = { ["de-DE"] = new TranslationInput { Name = "Socke" } },
        }, CancellationToken.None));

        var error = Assert.Single(result.Errors);
        Assert.Equal("variants[1].sku", error.Field);
    }

    [Fact]
    public async Task RecipeWithBadVariantNamesTheField()
    {
        const string recipe = """
            { "name": "bad-catalog", "steps": [
              { "name": "recipes", "values": [ { "name": "store" } ] },
              { "name": "catalog", "products": [ { "sku": "TEE", "options": [ "size" ],
                "variants": [ { "sku": "TEE-S", "values": [ "S" ] }, { "sku": "TEE-M", "values": [ "M", "Red" ] } ],
                "translations": { "en-US": { "name": "Tee" } } } ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => Factory.CreateTenantFromJsonAsync(recipe));

        Assert.Contains(error.Errors, e => e.Field == "products[0].variants[1].values");
    }

    [Fact]
    public async Task DemoStoreHasCategoriesAndVariantsAndKeepsItsProducts()
    {
        var tenant = await Factory.CreateTenantAsync("nordic-de");

        var skus = await tenant.RunAsync(s => s.GetRequiredService<IProductCatalog>().FindSkusAsync(
            ["NOR-PARKA", "NOR-WOOL-SWEATER", "NOR-BEANIE", "NOR-BOOTS", "NOR-PARKA-M"], "de-DE", CancellationToken.None));
        var categories = await tenant.RunAsync(s => s.GetRequiredService<IProductCatalog>().ListCategoriesAsync("de-DE", CancellationToken.None));
        var page = await tenant.CreateClient().GetStringAsync("products/fjaell-parka");

        Assert.Equal(5, skus.Count);
        Assert.Contains(categories, c => c.Name == "Oberbekleidung" && c.Depth == 1);
        Assert.Contains("NOR-PARKA-XL", HtmlPage.Parse(page).ValueAttributes());
    }
}
