using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;

namespace Multistore.Integration.Tests.Catalog;

public sealed class ProductEditorTests
{
    /// <summary>The name column of the admin's product list.</summary>
    private const string ProductNames = "table.list tbody td:nth-child(2)";

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
        var html = await saved.Content.ReadAsStringAsync();
        var page = HtmlPage.Parse(html);
        var found = await tenant.SearchAsync("?q=Regenjacke", r => r.Skus().Contains("JACKET"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["Product created."], page.Notices());
        Assert.Equal("Regenjacke", page.Field("translations.de-DE.name"));
        Assert.Equal("Rain Jacket", page.Field("translations.en-US.name"));
        Assert.Equal("Regenjacke kaufen", page.Field("translations.de-DE.seoTitle"));
        Assert.Equal("<p>Dicht.</p>", page.Field("translations.de-DE.description"));
        Assert.DoesNotContain("alert(1)", html);
        Assert.Equal("JACKET-M", page.Field("variants[1].sku"));
        Assert.Equal("109.50", page.Field($"variants[1].prices[{euro}]"));
        Assert.Equal("129.00", page.Field($"variants[0].compareAt[{euro}]"));
        Assert.Equal("0.8", page.Field("weightKg"));
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
        var page = await HtmlPage.ParseAsync(response);
        var list = await HtmlPage.GetAsync(editor.Client, "admin/catalog/products?Q=Typed");
        var problems = page.All(".form-summary li").ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => li.TextContent.Trim());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The product was not saved", page.Text(".form-summary p"));
        Assert.Equal("SKU 'BOOT' already belongs to another product.", problems["#sku"]);
        Assert.Equal("Name (de-DE) is required.", problems["#translations.de-DE.name"]);
        Assert.StartsWith("Weight 'heavy' is not a number", problems["#weightKg"]);
        Assert.StartsWith("Price in Euro (EUR) 'abc' is not a number", problems[$"#prices[{euro}]"]);
        Assert.Equal("", page.Field("translations.de-DE.name"));
        Assert.Equal("Name (de-DE)", page.Attribute("[name='translations.de-DE.name']", "aria-label"));
        Assert.Equal("true", page.Attribute("[name='translations.de-DE.name']", "aria-invalid"));
        Assert.Equal("Typed text stays", page.Field("translations.en-US.name"));
        Assert.Equal("0 products", list.Text("main p.muted"));
    }

    [Fact]
    public async Task EditorChangesPricesRemovesAVariantAndArchivesTheProduct()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var euro = await editor.PriceListIdAsync();
        var list = await editor.Client.GetStringAsync("admin/catalog/products?Q=BOOT");
        var editPath = EditPath(list);
        var before = await HtmlPage.GetAsync(editor.Client, editPath);

        var saved = await editor.PostAsync(editPath, editPath, new()
        {
            ["status"] = "Active", ["categories"] = "footwear", ["options"] = "size", ["attributes"] = "material=Leder",
            ["translations.de-DE.name"] = "Wanderstiefel", ["translations.en-US.name"] = "Hiking Boots",
            ["variants[0].sku"] = "BOOT-42", ["variants[0].values"] = "42", [$"variants[0].prices[{euro}]"] = "179",
        });
        var after = await HtmlPage.ParseAsync(saved);
        var archived = await editor.PostAsync(editPath, editPath + "/status", new() { ["status"] = "Archived" });
        var archivedList = await HtmlPage.GetAsync(editor.Client, "admin/catalog/products?Status=Archived");

        Assert.Equal("Wanderstiefel", before.Field("translations.de-DE.name"));
        Assert.Equal("Hiking Boots", before.Field("translations.en-US.name"));
        Assert.Contains("BOOT-43", before.All("input").Select(FormFields.ValueOf));
        Assert.Contains("189.00", before.All("input").Select(FormFields.ValueOf));
        Assert.Equal(["Product saved."], after.Notices());
        Assert.Equal("179.00", after.Field($"variants[0].prices[{euro}]"));
        Assert.DoesNotContain("BOOT-43", after.All("input").Select(FormFields.ValueOf));
        Assert.DoesNotContain("BOOT-43", after.Text());
        Assert.Equal(["Product is now Archived."], (await HtmlPage.ParseAsync(archived)).Notices());
        Assert.Equal(["Wanderstiefel"], archivedList.Texts(ProductNames));
        Assert.DoesNotContain("Winterparka", archivedList.Text());
    }

    [Fact]
    public async Task ListFiltersByCategoryIncludingSubcategories()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);

        var clothing = await HtmlPage.GetAsync(editor.Client, "admin/catalog/products?Category=clothing");
        var footwear = await HtmlPage.GetAsync(editor.Client, "admin/catalog/products?Category=footwear&Status=Active");

        Assert.Contains("Winterparka", clothing.Texts(ProductNames));
        Assert.Contains("CAP", clothing.Texts("td"));
        Assert.DoesNotContain("Wanderstiefel", clothing.Text());
        Assert.Equal(["Wanderstiefel"], footwear.Texts(ProductNames));
        Assert.Equal("1 product", footwear.Text("main p.muted"));
    }

    [Fact]
    public async Task EmptiedTranslationColumnIsDeletedAndTheStoreFallsBackToTheDefaultCulture()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var euro = await editor.PriceListIdAsync();
        var list = await editor.Client.GetStringAsync("admin/catalog/products?Q=PARKA");
        var editPath = EditPath(list);
        var shopper = tenant.CreateClient();
        var englishBefore = await HtmlPage.GetAsync(shopper, "en-us/products/winter-parka");

        var saved = await editor.PostAsync(editPath, editPath, new()
        {
            ["status"] = "Active", ["categories"] = "outerwear", ["attributes"] = "material=Daune",
            ["translations.de-DE.name"] = "Winterparka", ["translations.de-DE.description"] = "<p>Warmer Parka mit Daunenfüllung.</p>",
            ["translations.en-US.name"] = " ", ["translations.en-US.slug"] = "", ["translations.en-US.description"] = "",
            ["translations.en-US.seoTitle"] = "", ["translations.en-US.seoDescription"] = "",
            [$"prices[{euro}]"] = "349", [$"compareAt[{euro}]"] = "399",
        });
        var after = await HtmlPage.ParseAsync(saved);
        var englishAfter = await shopper.GetAsync("en-us/products/winterparka");
        var oldEnglishAddress = await shopper.GetAsync("en-us/products/winter-parka");

        Assert.Equal("Winter Parka", englishBefore.Heading());
        Assert.Equal(["Product saved."], after.Notices());
        Assert.Equal("", after.Field("translations.en-US.name"));
        Assert.Equal("Name (en-US)", after.Attribute("[name='translations.en-US.name']", "aria-label"));
        Assert.DoesNotContain("Winter Parka", after.Document.Body!.OuterHtml);
        Assert.Equal(HttpStatusCode.OK, englishAfter.StatusCode);
        var page = await HtmlPage.ParseAsync(englishAfter);
        Assert.Equal("Winterparka", page.Heading());
        Assert.Equal("Warmer Parka mit Daunenfüllung.", page.Text(".product .description"));
        Assert.Equal(HttpStatusCode.NotFound, oldEnglishAddress.StatusCode);
    }

    /// <summary>The address of the first product's editor linked from an admin product list.</summary>
    private static string EditPath(string list) =>
        HtmlPage.Parse(list).Links().Select(href => System.Text.RegularExpressions.Regex.Match(href, "admin/catalog/products/[0-9a-f-]{36}$")).First(m => m.Success).Value;
}
