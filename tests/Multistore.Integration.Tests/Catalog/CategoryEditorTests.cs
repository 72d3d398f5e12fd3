using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Catalog;

public sealed class CategoryEditorTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task EditorCreatesRenamesMovesAndDeletesACategory()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        const string page = "admin/catalog/categories";

        var created = await editor.PostAsync(page, page, new() { ["key"] = "rain", ["parent"] = "clothing", ["sortOrder"] = "2", ["names.de-DE"] = "Regen", ["names.en-US"] = "Rain" });
        var renamed = await editor.PostAsync(page, page, new() { ["editing"] = "rain", ["parent"] = "outerwear", ["sortOrder"] = "1", ["names.de-DE"] = "Regenbekleidung" });
        var tree = await HtmlPage.ParseAsync(renamed);
        var deleted = await editor.PostAsync(page, $"{page}/delete", new() { ["key"] = "rain" });

        Assert.Equal(["Category 'rain' created."], (await HtmlPage.ParseAsync(created)).Notices());
        Assert.Equal(["Category 'rain' saved."], tree.Notices());
        var moved = Assert.Single(tree.All("table.list tbody td:first-child"), td => HtmlPage.Visible(td) == "└ Regenbekleidung");
        Assert.Contains("padding-left:3.5rem", moved.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(["Category 'rain' deleted."], (await HtmlPage.ParseAsync(deleted)).Notices());
    }

    [Fact]
    public async Task CategoryInUseOrWithSubcategoriesIsNotDeleted()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        const string page = "admin/catalog/categories";

        var used = await editor.PostAsync(page, $"{page}/delete", new() { ["key"] = "footwear" });
        var parent = await editor.PostAsync(page, $"{page}/delete", new() { ["key"] = "clothing" });
        var tree = await HtmlPage.GetAsync(editor.Client, page);

        Assert.Equal(HttpStatusCode.Conflict, used.StatusCode);
        Assert.EndsWith("'footwear' is used by 1 product (BOOT); remove it from them first.", Assert.Single((await HtmlPage.ParseAsync(used)).Alerts()), StringComparison.Ordinal);
        Assert.EndsWith("'clothing' has 1 subcategory; move or delete them first.", Assert.Single((await HtmlPage.ParseAsync(parent)).Alerts()), StringComparison.Ordinal);
        Assert.Contains(tree.Texts("table.list tbody td:first-child"), name => name.TrimStart('└', ' ') == "Schuhe");
    }

    [Fact]
    public async Task CategoryWithoutNameOrWithTakenKeyShowsTheFieldsErrors()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        const string page = "admin/catalog/categories";

        var response = await editor.PostAsync(page, page, new() { ["key"] = "footwear", ["sortOrder"] = "first" });
        var problems = (await HtmlPage.ParseAsync(response)).Texts(".form-summary li");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Key There is already a category 'footwear'.", problems);
        Assert.Contains("Position 'first' is not a whole number.", problems);
    }
}
