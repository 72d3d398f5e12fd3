using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;

namespace Multistore.Integration.Tests.Catalog;

public sealed class ProductEditorTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task EditorCreatesProductWithTextsPerCultureVariantsAndPricesAndShopperFindsIt()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var euro = await editor.PriceListIdAsync();

        var saved = await editor.PostAsync("admin/catalog/products/new", "admin/catalog/products/new", new()
        {
            ["sku"] = "JACKET", ["status"] = "Active", ["weightKg"] = "0,8", ["categories"] = "outerwear", ["attributes"] = "material=Nylon",
            ["translations.de-DE.name"] = "Regenjacke", ["translations.de-DE.description"] = "<p>Dicht.</p><script>alert(1)</script>",
            ["translations.de-DE.seoTitle"] = "Regenjacke kaufen",
            ["translations.en-US.name"] = "Rain Jacket",
            ["options"] = "size",
            ["variants[0].sku"] = "JACKET-S", ["variants[0].values"] = "S", [$"variants[0].prices[{euro}]"] = "99", [$"variants[0].compareAt[{euro}]"] = "129",
            ["variants[1].sku"] = "JACKET-M", ["variants[1].values"] = "M", [$"variants[1].prices[{euro}]"] = "109.5",
            ["variants[2].sku"] = "", ["variants[2].values"] = "",
        });
        var page = await saved.Content.ReadAsStringAsync();
        var found = await tenant.SearchAsync("?q=Regenjacke", r => r.Skus().Contains("JACKET"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Product created.", page);
        Assert.Contains("value=\"Regenjacke\"", page);
        Assert.Contains("value=\"Rain Jacket\"", page);
        Assert.Contains("value=\"Regenjacke kaufen\"", page);
        Assert.Contains("&lt;p&gt;Dicht.&lt;/p&gt;", page);
        Assert.DoesNotContain("alert(1)", page);
        Assert.Contains("value=\"JACKET-M\"", page);
        Assert.Contains("value=\"109.50\"", page);
        Assert.Contains("value=\"129.00\"", page);
        Assert.Contains("value=\"0.8\"", page);
        Assert.Contains("JACKET", found.Skus());
    }

    [Fact]
    public async Task InvalidProductIsNotSavedAndEachErrorNamesItsField()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var euro = await editor.PriceListIdAsync();

        var response = await editor.PostAsync("admin/catalog/products/new", "admin/catalog/products/new", new()
        {
            ["sku"] = "BOOT", ["status"] = "Active", ["weightKg"] = "heavy",
            ["translations.en-US.name"] = "Typed text stays", ["translations.de-DE.seoTitle"] = "Nur SEO",
            [$"prices[{euro}]"] = "abc",
        });
        var page = await response.Content.ReadAsStringAsync();
        var list = await editor.Client.GetStringAsync("admin/catalog/products?Q=Typed");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The product was not saved", page);
        Assert.Contains("SKU</a> &#x27;BOOT&#x27; already belongs to another product.", page);
        Assert.Contains("Name (de-DE)</a> is required.", page);
        Assert.Contains("Weight</a> &#x27;heavy&#x27; is not a number", page);
        Assert.Contains("Price in Euro (EUR)</a> &#x27;abc&#x27; is not a number", page);
        Assert.Contains("id=\"translations.de-DE.name\" name=\"translations.de-DE.name\" value=\"\" aria-label=\"Name (de-DE)\" aria-invalid=\"true\"", page);
        Assert.Contains("value=\"Typed text stays\"", page);
        Assert.Contains("0 products", list);
    }

    [Fact]
    public async Task EditorChangesPricesRemovesAVariantAndArchivesTheProduct()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var euro = await editor.PriceListIdAsync();
        var list = await editor.Client.GetStringAsync("admin/catalog/products?Q=BOOT");
        var editPath = System.Text.RegularExpressions.Regex.Match(list, "href=\"[^\"]*?(admin/catalog/products/[0-9a-f-]{36})\"").Groups[1].Value;
        var before = await editor.Client.GetStringAsync(editPath);

        var saved = await editor.PostAsync(editPath, editPath, new()
        {
            ["status"] = "Active", ["categories"] = "footwear", ["options"] = "size", ["attributes"] = "material=Leder",
            ["translations.de-DE.name"] = "Wanderstiefel", ["translations.en-US.name"] = "Hiking Boots",
            ["variants[0].sku"] = "BOOT-42", ["variants[0].values"] = "42", [$"variants[0].prices[{euro}]"] = "179",
        });
        var after = await saved.Content.ReadAsStringAsync();
        var archived = await editor.PostAsync(editPath, editPath + "/status", new() { ["status"] = "Archived" });
        var archivedList = await editor.Client.GetStringAsync("admin/catalog/products?Status=Archived");

        Assert.Contains("value=\"Wanderstiefel\"", before);
        Assert.Contains("value=\"Hiking Boots\"", before);
        Assert.Contains("value=\"BOOT-43\"", before);
        Assert.Contains("value=\"189.00\"", before);
        Assert.Contains("Product saved.", after);
        Assert.Contains("value=\"179.00\"", after);
        Assert.DoesNotContain("BOOT-43", after);
        Assert.Contains("Product is now Archived.", await archived.Content.ReadAsStringAsync());
        Assert.Contains("Wanderstiefel", archivedList);
        Assert.DoesNotContain("Winterparka", archivedList);
    }

    [Fact]
    public async Task ListFiltersByCategoryIncludingSubcategories()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);

        var clothing = await editor.Client.GetStringAsync("admin/catalog/products?Category=clothing");
        var footwear = await editor.Client.GetStringAsync("admin/catalog/products?Category=footwear&Status=Active");

        Assert.Contains("Winterparka", clothing);
        Assert.Contains(">CAP<", clothing);
        Assert.DoesNotContain("Wanderstiefel", clothing);
        Assert.Contains("Wanderstiefel", footwear);
        Assert.Contains("1 product<", footwear);
    }

    [Fact]
    public async Task EmptiedTranslationColumnIsDeletedAndTheStoreFallsBackToTheDefaultCulture()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var euro = await editor.PriceListIdAsync();
        var list = await editor.Client.GetStringAsync("admin/catalog/products?Q=PARKA");
        var editPath = System.Text.RegularExpressions.Regex.Match(list, "href=\"[^\"]*?(admin/catalog/products/[0-9a-f-]{36})\"").Groups[1].Value;
        var shopper = tenant.CreateClient();
        var englishBefore = await shopper.GetStringAsync("en-us/products/winter-parka");

        var saved = await editor.PostAsync(editPath, editPath, new()
        {
            ["status"] = "Active", ["categories"] = "outerwear", ["attributes"] = "material=Daune",
            ["translations.de-DE.name"] = "Winterparka", ["translations.de-DE.description"] = "<p>Warmer Parka mit Daunenfüllung.</p>",
            ["translations.en-US.name"] = " ", ["translations.en-US.slug"] = "", ["translations.en-US.description"] = "",
            ["translations.en-US.seoTitle"] = "", ["translations.en-US.seoDescription"] = "",
            [$"prices[{euro}]"] = "349", [$"compareAt[{euro}]"] = "399",
        });
        var after = await saved.Content.ReadAsStringAsync();
        var englishAfter = await shopper.GetAsync("en-us/products/winterparka");
        var oldEnglishAddress = await shopper.GetAsync("en-us/products/winter-parka");

        Assert.Contains("Winter Parka", englishBefore);
        Assert.Contains("Product saved.", after);
        Assert.Contains("name=\"translations.en-US.name\" aria-label=\"Name (en-US)\"", after);
        Assert.DoesNotContain("Winter Parka", after);
        Assert.Equal(HttpStatusCode.OK, englishAfter.StatusCode);
        var page = await englishAfter.Content.ReadAsStringAsync();
        Assert.Contains("Winterparka", page);
        Assert.Contains("Warmer Parka mit Daunen", page);
        Assert.Equal(HttpStatusCode.NotFound, oldEnglishAddress.StatusCode);
    }
}
