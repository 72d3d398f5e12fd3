using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

public sealed class TranslationAdminTests
{
    private const string Page = "admin/appearance/translations";

    [Fact]
    public async Task OverriddenUiStringShowsOnTheStorefrontWithoutRestart()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();
        Assert.Contains("Ajouter au panier", (await HtmlPage.GetAsync(tenant.CreateClient(), "fr-fr/products/casquette")).Text());

        var save = await admin.PostFormAsync(Page + "?culture=fr-FR", Page, new() { ["culture"] = "fr-FR", ["text"] = "msgid \"Add to cart\"\nmsgstr \"Dans le panier\"\n" });
        var french = (await HtmlPage.GetAsync(tenant.CreateClient(), "fr-fr/products/casquette")).Text();

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("Dans le panier", french);
        Assert.DoesNotContain("Ajouter au panier", french);
    }

    [Fact]
    public async Task EditedTranslationReplacesTheCachedPage()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();
        var shopper = tenant.CreateClient();
        await shopper.GetAsync("fr-fr/");
        var cached = await shopper.GetAsync("fr-fr/");
        Assert.True(cached.Headers.Age is not null, "The second request is served from the output cache.");
        Assert.Contains("Rechercher des produits", (await HtmlPage.ParseAsync(cached)).Text("label[for=q]"));

        var save = await admin.PostFormAsync(Page + "?culture=fr-FR", Page, new() { ["culture"] = "fr-FR", ["text"] = "msgid \"Search products\"\nmsgstr \"Chercher dans la boutique\"\n" });
        var after = await shopper.GetAsync("fr-fr/");
        var html = (await HtmlPage.ParseAsync(after)).Text("label[for=q]");

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Contains("Chercher dans la boutique", html);
        Assert.DoesNotContain("Rechercher des produits", html);
    }

    [Fact]
    public async Task RefusesPoTextThatDoesNotParseNamingTheLine()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();

        var save = await admin.PostFormAsync(Page, Page, new() { ["culture"] = "fr-FR", ["text"] = "msgid \"Add to cart\"\nmsgstr Dans le panier\n" });
        var html = await save.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.StartsWith("Not saved: Translations line 2:", HtmlPage.Parse(html).Text("[id='Text-error']"), StringComparison.Ordinal);
        Assert.Contains("Ajouter au panier", (await HtmlPage.GetAsync(tenant.CreateClient(), "fr-fr/products/casquette")).Text());
    }

    [Fact]
    public async Task ListsTheStringsACultureHasNoTranslationFor()
    {
        var (_, admin) = await AppearanceStore.CreateAsync();

        var spanish = await HtmlPage.GetAsync(admin.Client, Page + "?culture=es-ES");
        var french = await HtmlPage.GetAsync(admin.Client, Page + "?culture=fr-FR");

        Assert.Contains("strings have no translation in es-ES", spanish.Text());
        Assert.Contains("Add to cart", spanish.Texts("td"));
        Assert.Contains("msgid \"Add to cart\"", spanish.Find("pre.code")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Add to cart", french.Texts("td"));
    }
}
