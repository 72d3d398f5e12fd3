using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Tenants;

public sealed class BrandTemplateAdminTests
{
    [Fact]
    public async Task HostAdministratorPreviewsTheStoresATemplateChangeReachesThenSavesIt()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new { settings = new { Site = new { Currency = "SEK" } } });
        var follower = await api.CreateStoreAsync(brand, "Follower");
        var own = await api.CreateStoreAsync(brand, "Own", new { SiteName = "Own", Currency = "NOK" });
        var admin = await SignedInAsync();

        var editor = await HtmlPage.GetAsync(admin, $"admin/tenants/template?name={brand}");
        Assert.Contains("Where each value comes from", editor.Texts("h2"));
        Assert.Contains(editor.Texts("section.panel p"), p => p.StartsWith("Stores inheriting:", StringComparison.Ordinal) && p.Contains(follower, StringComparison.Ordinal));

        var form = Form(await TokenAsync(admin, $"admin/tenants/template?name={brand}"), "{\"Site\": {\"Currency\": \"DKK\"}}", "preview");
        var preview = await admin.PostAsync($"admin/tenants/template?name={brand}", form);
        var previewPage = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(follower, HtmlPage.Parse(previewPage).Texts(".affected"));
        Assert.Contains(HtmlPage.Parse(previewPage).Texts("td.affected + td"), stores => stores.Contains(own, StringComparison.Ordinal));
        Assert.Contains("Prices in SEK", await BrandTemplateApi.FooterAsync(follower), StringComparison.Ordinal);

        var bad = await admin.PostAsync($"admin/tenants/template?name={brand}",
            Form(await TokenAsync(admin, $"admin/tenants/template?name={brand}"), "{\"Site\": {\"Currency\": \"KRONOR\"}}", "save"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("KRONOR", (await HtmlPage.ParseAsync(bad)).FieldError("Settings"), StringComparison.Ordinal);

        var saved = await admin.PostAsync($"admin/tenants/template?name={brand}",
            Form(await TokenAsync(admin, $"admin/tenants/template?name={brand}"), "{\"Site\": {\"Currency\": \"DKK\"}}", "save"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Prices in DKK", await BrandTemplateApi.FooterAsync(follower), StringComparison.Ordinal);
        Assert.Contains("Prices in NOK", await BrandTemplateApi.FooterAsync(own), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostAdministratorEditsAStoresTemplateAndSeesWhereItsValuesComeFrom()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new { features = new[] { "Multistore.Inventory" }, settings = new { Site = new { Currency = "CHF" } } });
        var store = await api.CreateStoreAsync(null, "Plain Store");
        var admin = await SignedInAsync();
        var token = await TokenAsync(admin, $"admin/tenants/{store}/edit");

        var unknown = await admin.PostAsync($"admin/tenants/{store}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Hosts"] = $"{store}.test", ["Template"] = "nosuchbrand", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(unknown)).Texts(".field-error"), error => error.Contains("There is no brand template 'nosuchbrand'", StringComparison.Ordinal));

        var saved = await admin.PostAsync($"admin/tenants/{store}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Hosts"] = $"{store}.test", ["Template"] = brand, ["__RequestVerificationToken"] = await TokenAsync(admin, $"admin/tenants/{store}/edit"),
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(brand, SaasHost.Factory.Service<TenantRegistry>().Find(store)?.Template);
        Assert.Contains("Prices in CHF", await BrandTemplateApi.FooterAsync(store), StringComparison.Ordinal);

        var page = await admin.GetStringAsync($"admin/tenants/{store}/edit");
        Assert.Contains(HtmlPage.Parse(page).All("code"), code => code.TextContent == "Multistore.Inventory" && code.NextSibling?.TextContent.Contains($"from template {brand}", StringComparison.Ordinal) == true);
        Assert.Contains(HtmlPage.Parse(page).Texts("table td:nth-child(3)"), source => source.StartsWith($"template {brand}", StringComparison.Ordinal));
    }

    private static FormUrlEncodedContent Form(string token, string settings, string action) => new(new Dictionary<string, string>
    {
        ["Settings"] = settings, ["Action"] = action, ["Version"] = "0", ["__RequestVerificationToken"] = token,
    });

    internal static async Task<HttpClient> SignedInAsync()
    {
        await SaasHost.ReadyAsync();
        var client = SaasHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/"), HandleCookies = true });
        var response = await client.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@example.com", ["Password"] = "Demo!Admin2026", ["__RequestVerificationToken"] = await TokenAsync(client, "admin/login"),
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    internal static async Task<string> TokenAsync(HttpClient client, string path) =>
        FormFields.AntiforgeryToken(await client.GetStringAsync(path));
}
