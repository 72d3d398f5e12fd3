using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Catalog;

/// <summary>The product page's breadcrumb leads back through the product's category, as a shopper retraces a path.</summary>
public sealed class ProductBreadcrumbTests
{
    [Fact]
    public async Task BreadcrumbGoesHomeThenToTheProductsCategory()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var client = tenant.CreateClient();

        var page = HtmlPage.Parse(await client.GetStringAsync("products/winterparka"));
        var category = page.One("nav.breadcrumbs a:nth-of-type(2)").GetAttribute("href")!;
        var categoryPage = await client.GetAsync(category.TrimStart('/'));

        Assert.Equal(["Startseite", "Oberbekleidung", "Winterparka"], page.Texts("nav.breadcrumbs a, nav.breadcrumbs [aria-current=page]"));
        Assert.Equal(System.Net.HttpStatusCode.OK, categoryPage.StatusCode);
        Assert.Equal("Oberbekleidung", (await HtmlPage.ParseAsync(categoryPage)).Heading());
    }
}
