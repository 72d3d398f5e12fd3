using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog;
using Multistore.Catalog.Import;
using Multistore.Catalog.Media;
using Multistore.Catalog.Recipes;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Setup;
using SkiaSharp;

namespace Multistore.Integration.Tests.Catalog;

/// <summary>Cloning a store by export and import carries its product images and their alt texts in every culture.</summary>
public sealed class CatalogImageCloneTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static readonly string WithApi = CatalogRecipes.German.Replace(
        "\"enable\": [ \"Multistore.Search\" ]", "\"enable\": [ \"Multistore.Search\", \"Multistore.StorefrontApi\" ]", StringComparison.Ordinal);

    [Fact]
    public async Task ClonedStoreShowsTheImagesWithTheirAltTextsInBothCultures()
    {
        var original = await Factory.CreateTenantFromJsonAsync(WithApi);
        await original.RunAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogDbContext>();
            var parka = (await db.Products.SingleAsync(p => p.Sku == "PARKA")).Id;
            var uploads = services.GetRequiredService<ProductImageUploads>();
            await uploads.AddAsync(parka, new MemoryStream(Png(300, 200)), Png(300, 200).Length, CancellationToken.None);
            await uploads.AddAsync(parka, new MemoryStream(Png(200, 300)), Png(200, 300).Length, CancellationToken.None);
            var ids = await db.ProductImages.Where(i => i.ProductId == parka).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync();
            return await services.GetRequiredService<ProductImageDetails>().SaveAsync(parka,
            [
                new(ids[0], new Dictionary<string, string> { ["de-DE"] = "Parka von vorn", ["en-US"] = "Parka, front view" }),
                new(ids[1], new Dictionary<string, string> { ["de-DE"] = "Parka von hinten", ["en-US"] = "Parka, back view" }),
            ], [], CancellationToken.None);
        });

        var recipe = await Factory.Service<TenantExporter>().ExportAsync(original.Name, includeContent: true, CancellationToken.None);
        var clone = await Factory.CreateTenantFromJsonAsync(recipe.ToJsonString());
        var shopper = clone.CreateClient();
        var german = (await HtmlPage.GetAsync(shopper, "products/winterparka")).All("img[alt]").Select(img => img.GetAttribute("alt")).ToList();
        var english = (await HtmlPage.GetAsync(shopper, "en-us/products/winter-parka")).All("img[alt]").Select(img => img.GetAttribute("alt")).ToList();
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/products/winter-parka");
        apiRequest.Headers.AcceptLanguage.ParseAdd("en-US");
        var api = JsonDocument.Parse(await (await shopper.SendAsync(apiRequest)).Content.ReadAsStringAsync()).RootElement;
        var images = api.GetProperty("images").EnumerateArray().ToList();
        var served = await shopper.GetAsync(new Uri(images[1].GetProperty("url").GetString()!, UriKind.RelativeOrAbsolute));

        var front = german.IndexOf("Parka von vorn");
        Assert.True(front >= 0, string.Join(" | ", german));
        Assert.True(german.IndexOf("Parka von hinten") > front);
        Assert.Contains("Parka, front view", english);
        Assert.Contains("Parka, back view", english);
        Assert.Equal(["Parka, front view", "Parka, back view"], images.Select(i => i.GetProperty("alt").GetString()));
        Assert.Equal(200, images[1].GetProperty("width").GetInt32());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(300, WidthAndHeight(await served.Content.ReadAsByteArrayAsync()).Height);
        Assert.Equal(await CatalogOf(original), await CatalogOf(clone));
    }

    [Fact]
    public async Task ImportRefusesAnImageThatIsNotOneAndNamesItsField()
    {
        var recipe = WithApi.Replace(
            "\"sku\": \"CAP\",", $"\"sku\": \"CAP\", \"images\": [ {{ \"data\": \"{Convert.ToBase64String(Png(10, 10))}\", \"alt\": {{ \"de-DE\": \"Mütze\" }} }}, {{ \"data\": \"bm90IGFuIGltYWdl\" }} ],",
            StringComparison.Ordinal);

        var failure = await Assert.ThrowsAsync<Multistore.Recipes.RecipeException>(() => Factory.CreateTenantFromJsonAsync(recipe));

        Assert.Contains("products[2].images[1].data", failure.Message);
        Assert.Contains("is not an image", failure.Message);
    }

    private static Task<string> CatalogOf(TestTenant tenant) => tenant.RunAsync(async services =>
        JsonSerializer.Serialize(await services.GetRequiredService<CatalogExporter>().ReadAllAsync(withImages: true, CancellationToken.None), CatalogJson.Options));

    private static (int Width, int Height) WidthAndHeight(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return (codec.Info.Width, codec.Info.Height);
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(40, 90, 160));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
