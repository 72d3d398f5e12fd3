using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using SkiaSharp;

namespace Multistore.Integration.Tests.Catalog;

public sealed class ProductImageTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task UploadedImageIsServedInBoundedWidthsWithCacheHeaders()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "PARKA");

        var uploaded = await UploadAsync(editor, editPath, Png(1000, 500), "parka.png");
        var page = await HtmlPage.ParseAsync(uploaded);
        var url = ImageUrl(page);
        var client = tenant.CreateClient();
        var resized = await client.GetAsync($"{url}?w=400");
        var bytes = await resized.Content.ReadAsByteArrayAsync();
        var again = new HttpRequestMessage(HttpMethod.Get, $"{url}?w=400");
        again.Headers.IfNoneMatch.Add(resized.Headers.ETag!);
        var notModified = await client.SendAsync(again);
        var huge = await client.GetAsync($"{url}?w=5000");

        Assert.Equal(["Image added."], page.Notices());
        Assert.Equal(HttpStatusCode.OK, resized.StatusCode);
        Assert.Equal("image/png", resized.Content.Headers.ContentType!.MediaType);
        Assert.Equal(480, WidthOf(bytes));
        Assert.Contains("immutable", resized.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(1000, WidthOf(await huge.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task GifIsKeptAndServedAsPng()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "CAP");
        var gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

        var page = await HtmlPage.ParseAsync(await UploadAsync(editor, editPath, gif, "spinner.gif"));
        var url = ImageUrl(page);
        var served = await tenant.CreateClient().GetAsync(url);

        Assert.Equal(["Image added."], page.Notices());
        Assert.EndsWith(".png", url);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        using var codec = SKCodec.Create(new MemoryStream(await served.Content.ReadAsByteArrayAsync()));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
    }

    [Fact]
    public async Task FileThatIsNotAnImageIsRefusedWithTheReason()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "CAP");

        var response = await UploadAsync(editor, editPath, Encoding.UTF8.GetBytes("<html>not a picture</html>"), "photo.jpg");
        var parsed = await HtmlPage.ParseAsync(response);
        var page = parsed.Text();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parsed.Errors(), error => error.Contains("is not an image: upload a JPEG, PNG, WebP, GIF or SVG file.", StringComparison.Ordinal));
        Assert.Contains("No images yet.", page);
    }

    [Fact]
    public async Task SvgIsServedAsItIsAtEveryWidthAndCannotRunScriptWhenOpenedOnItsOwn()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "CAP");
        var svg = Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><rect width="400" height="400" fill="#c33"/></svg>""");

        var page = await HtmlPage.ParseAsync(await UploadAsync(editor, editPath, svg, "cap.svg"));
        var served = await tenant.CreateClient().GetAsync($"{ImageUrl(page)}?w=160");

        Assert.Equal(["Image added."], page.Notices());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/svg+xml", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(svg, await served.Content.ReadAsByteArrayAsync());
        var policy = string.Join(" ", served.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("sandbox", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(served.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(document.cookie)</script></svg>""", "a <script> element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><rect width="10" height="10"/></svg>""", "an event handler (onload)")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><a x:href="javascript:alert(1)"><rect width="10" height="10"/></a></svg>""", "a link to another document")]
    public async Task SvgThatCouldRunScriptIsRefusedWithTheReason(string svg, string reason)
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "CAP");

        var response = await UploadAsync(editor, editPath, Encoding.UTF8.GetBytes(svg), "cap.svg");
        var parsed = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parsed.Errors(), error => error.Contains($"is an SVG with {reason}", StringComparison.Ordinal));
        Assert.Contains("No images yet.", parsed.Text());
    }

    [Fact]
    public async Task RemovedImageIsNoLongerServed()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "BOOT");
        var page = await HtmlPage.ParseAsync(await UploadAsync(editor, editPath, Png(200, 200), "boot.png"));
        var url = ImageUrl(page);
        var action = page.Attribute("form[action*='/images/'][action$='/delete']", "action")!;
        var remove = action[action.IndexOf("admin/catalog/products/", StringComparison.Ordinal)..];

        var removed = await editor.PostAsync(editPath, remove, []);

        Assert.Equal(["Image removed."], (await HtmlPage.ParseAsync(removed)).Notices());
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task EditorOrdersImagesAndGivesAltTextsPerCultureThatTheStoreAndTheApiShow()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(WithApi);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "PARKA");
        await UploadAsync(editor, editPath, Png(300, 200), "front.png");
        var uploaded = await HtmlPage.ParseAsync(await UploadAsync(editor, editPath, Png(200, 300), "back.png"));
        var (front, back) = (ImageIds(uploaded)[0], ImageIds(uploaded)[1]);

        var saved = await editor.PostAsync(editPath, $"{editPath}/images/details", new()
        {
            ["images[0].id"] = front, ["images[0].alt.de-DE"] = "Parka von vorn", ["images[0].alt.en-US"] = "Parka, front view",
            ["images[1].id"] = back, ["images[1].alt.de-DE"] = "Parka von hinten", ["images[1].alt.en-US"] = " ",
            ["move"] = $"{back}:up",
        });
        var edited = await HtmlPage.ParseAsync(saved);
        var shopper = tenant.CreateClient();
        var german = (await HtmlPage.GetAsync(shopper, "products/winterparka")).All("img[alt]").Select(img => img.GetAttribute("alt")).ToList();
        var english = (await HtmlPage.GetAsync(shopper, "en-us/products/winter-parka")).All("img[alt]").Select(img => img.GetAttribute("alt")).ToList();
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/storefront/v1/products/winter-parka");
        apiRequest.Headers.AcceptLanguage.ParseAdd("en-US");
        var api = JsonDocument.Parse(await (await shopper.SendAsync(apiRequest)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(["Image moved."], edited.Notices());
        Assert.Equal([back, front], ImageIds(edited));
        Assert.Contains("Parka von hinten", edited.Values("input[type=text]"));
        Assert.Contains("Parka, front view", edited.Values("input[type=text]"));
        var first = german.IndexOf("Parka von hinten");
        Assert.True(first >= 0, string.Join(" | ", german));
        Assert.True(german.IndexOf("Parka von vorn") > first);
        Assert.Contains("Parka von hinten", english);
        Assert.Contains("Parka, front view", english);
        var images = api.GetProperty("images").EnumerateArray().ToList();
        Assert.Equal(["Parka von hinten", "Parka, front view"], images.Select(i => i.GetProperty("alt").GetString()));
        Assert.Contains(back.Replace("-", "", StringComparison.Ordinal), images[0].GetProperty("url").GetString());
        Assert.Equal(200, images[0].GetProperty("width").GetInt32());
    }

    [Fact]
    public async Task TooLongAltTextIsRefusedWithTheFieldNamedAndNothingIsSaved()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var editor = await CatalogEditorSession.SignInAsync(tenant);
        var editPath = await EditPathAsync(editor, "CAP");
        await UploadAsync(editor, editPath, Png(300, 200), "front.png");
        var uploaded = await HtmlPage.ParseAsync(await UploadAsync(editor, editPath, Png(200, 300), "back.png"));
        var ids = ImageIds(uploaded);

        var refused = await editor.PostAsync(editPath, $"{editPath}/images/details", new()
        {
            ["images[0].id"] = ids[0], ["images[0].alt.de-DE"] = "Wool cap", ["images[0].alt.en-US"] = new string('x', 251),
            ["images[1].id"] = ids[1], ["move"] = $"{ids[1]}:up",
        });
        var page = await HtmlPage.ParseAsync(refused);
        var reloaded = await HtmlPage.GetAsync(editor.Client, editPath);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The images were not saved.", page.Text(".form-summary p"));
        Assert.Contains(page.Texts(".form-summary li"), problem => problem.StartsWith("Image 1: alt text (en-US) must be at most 250 characters", StringComparison.Ordinal));
        Assert.Contains("Wool cap", page.Values("input[type=text]"));
        Assert.DoesNotContain("Wool cap", reloaded.Values("input[type=text]"));
        Assert.Equal(ids, ImageIds(reloaded));
    }

    private static readonly string WithApi = CatalogRecipes.German.Replace(
        "\"enable\": [ \"Multistore.Search\" ]", "\"enable\": [ \"Multistore.Search\", \"Multistore.StorefrontApi\" ]", StringComparison.Ordinal);

    /// <summary>The ids of the product's images, in the order the editor lists them.</summary>
    private static List<string> ImageIds(HtmlPage page) =>
        [.. page.All("input[type=hidden][name^='images['][name$='].id']").Select(input => input.GetAttribute("value")!)];

    /// <summary>The address of the first image's thumbnail, without its width.</summary>
    private static string ImageUrl(HtmlPage page) => page.Attribute("img[src$='?w=160']", "src")!.Split('?')[0];

    private static async Task<string> EditPathAsync(CatalogEditorSession editor, string sku)
    {
        var list = await HtmlPage.GetAsync(editor.Client, $"admin/catalog/products?Q={sku}");
        return list.Links().Select(href => Regex.Match(href, "admin/catalog/products/[0-9a-f-]{36}$")).First(m => m.Success).Value;
    }

    private static async Task<HttpResponseMessage> UploadAsync(CatalogEditorSession editor, string editPath, byte[] content, string fileName)
    {
        var html = await editor.Client.GetStringAsync(editPath);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { new StringContent(AdminSession.TokenOf(html)), "__RequestVerificationToken" }, { file, "image", fileName } };
        return await editor.Client.PostAsync($"{editPath}/images", form);
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(200, 60, 40));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static int WidthOf(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return codec.Info.Width;
    }
}
