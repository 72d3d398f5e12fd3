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
        Assert.Contains("Ajouter au panier", await tenant.CreateClient().GetStringAsync("fr-fr/products/casquette"));

        var save = await admin.PostFormAsync(Page + "?culture=fr-FR", Page, new() { ["culture"] = "fr-FR", ["text"] = "msgid \"Add to cart\"\nmsgstr \"Dans le panier\"\n" });
        var french = await tenant.CreateClient().GetStringAsync("fr-fr/products/casquette");

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
        Assert.Contains("Rechercher des produits", await cached.Content.ReadAsStringAsync());

        var save = await admin.PostFormAsync(Page + "?culture=fr-FR", Page, new() { ["culture"] = "fr-FR", ["text"] = "msgid \"Search products\"\nmsgstr \"Chercher dans la boutique\"\n" });
        var after = await shopper.GetAsync("fr-fr/");
        var html = await after.Content.ReadAsStringAsync();

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
        Assert.Contains("Ajouter au panier", await tenant.CreateClient().GetStringAsync("fr-fr/products/casquette"));
    }

    [Fact]
    public async Task ListsTheStringsACultureHasNoTranslationFor()
    {
        var (_, admin) = await AppearanceStore.CreateAsync();

        var spanish = await admin.Client.GetStringAsync(Page + "?culture=es-ES");
        var french = await admin.Client.GetStringAsync(Page + "?culture=fr-FR");

        Assert.Contains("strings have no translation in es-ES", spanish);
        Assert.Contains("Add to cart", HtmlPage.Parse(spanish).Texts("td"));
        Assert.Contains("msgid &quot;Add to cart&quot;", spanish);
        Assert.DoesNotContain("Add to cart", HtmlPage.Parse(french).Texts("td"));
    }
}
