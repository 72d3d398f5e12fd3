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
        var tree = await renamed.Content.ReadAsStringAsync();
        var deleted = await editor.PostAsync(page, $"{page}/delete", new() { ["key"] = "rain" });

        Assert.Contains("Category &#x27;rain&#x27; created.", await created.Content.ReadAsStringAsync());
        Assert.Contains("Category &#x27;rain&#x27; saved.", tree);
        Assert.Contains("padding-left:3.5rem\">&#x2514; Regenbekleidung", tree);
        Assert.Contains("Category &#x27;rain&#x27; deleted.", await deleted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CategoryInUseOrWithSubcategoriesIsNotDeleted()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        const string page = "admin/catalog/categories";

        var used = await editor.PostAsync(page, $"{page}/delete", new() { ["key"] = "footwear" });
        var parent = await editor.PostAsync(page, $"{page}/delete", new() { ["key"] = "clothing" });
        var tree = await editor.Client.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.Conflict, used.StatusCode);
        Assert.Contains("&#x27;footwear&#x27; is used by 1 product (BOOT); remove it from them first.", await used.Content.ReadAsStringAsync());
        Assert.Contains("&#x27;clothing&#x27; has 1 subcategory; move or delete them first.", await parent.Content.ReadAsStringAsync());
        Assert.Contains("Schuhe", tree);
    }

    [Fact]
    public async Task CategoryWithoutNameOrWithTakenKeyShowsTheFieldsErrors()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        const string page = "admin/catalog/categories";

        var response = await editor.PostAsync(page, page, new() { ["key"] = "footwear", ["sortOrder"] = "first" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Key There is already a category &#x27;footwear&#x27;.", html);
        Assert.Contains("Order &#x27;first&#x27; is not a whole number.", html);
    }
}
