using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Catalog;

public sealed class CatalogAdminGermanTests
{
    [Fact]
    public async Task CatalogPagesAndTheProductEditorAreInGermanForAGermanAdmin()
    {
        var admin = await GermanAdminStore.SignInAsync();

        var products = await HtmlPage.GetAsync(admin.Client, "admin/catalog/products");
        var editor = await HtmlPage.GetAsync(admin.Client, "admin/catalog/products/new");
        var categories = await HtmlPage.GetAsync(admin.Client, "admin/catalog/categories");
        var attributes = await HtmlPage.GetAsync(admin.Client, "admin/catalog/attributes");
        var import = await HtmlPage.GetAsync(admin.Client, "admin/catalog/import");

        Assert.Equal("Produkte", products.Heading());
        Assert.Contains("1 Produkt", products.Text());
        Assert.Contains("Lampe", products.TablesText());
        Assert.Equal("Neues Produkt", editor.Heading());
        Assert.Contains("Preise und Varianten", editor.Text());
        Assert.Contains("Eine Spalte pro Sprache des Shops.", editor.Text());
        Assert.Equal("Kategorien", categories.Heading());
        Assert.Contains("Neue Kategorie", categories.Text());
        Assert.Equal("Attribute", attributes.Heading());
        Assert.Equal("Import und Export", import.Heading());
    }
}
