using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;

namespace Multistore.Integration.Tests.Catalog;

public sealed partial class CatalogAdminTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task EditorFindsProductsAndImportsWithPerRowErrors()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        await tenant.SearchAsync("?q=Winterparka");
        var client = tenant.CreateClient();
        await SignInAsync(client);

        var list = await HtmlPage.GetAsync(client, "admin/catalog/products?Q=parka");
        var importPage = await client.GetStringAsync("admin/catalog/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(importPage)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("sku,name:de-DE\nKETTLE,Wasserkocher\nBAD SKU,Kaputt\n")), "file", "products.csv" },
        };
        var started = await client.PostAsync("admin/catalog/import", form);
        var report = HtmlPage.Parse("");
        for (var attempt = 0; attempt < 100 && !report.Texts("h2").Contains("Import finished"); attempt++)
        {
            await Task.Delay(100);
            report = await HtmlPage.GetAsync(client, started.RequestMessage!.RequestUri!.ToString());
        }

        Assert.Equal(["Winterparka"], list.Texts("table.list tbody td:nth-child(2)"));
        Assert.DoesNotContain("Wanderstiefel", list.Text());
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Contains("Import finished", report.Texts("h2"));
        Assert.Equal("2 of 2 rows: 1 saved, 1 with errors.", report.Text("#import-counts"));
        Assert.Equal(["BAD SKU"], report.Texts("table.list tbody td:nth-child(2)"));
        Assert.StartsWith("Rows not imported", report.Text("table.list caption"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportStatusEndpointReportsRowsForTheProgressBar()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        var client = tenant.CreateClient();
        await SignInAsync(client);
        var importPage = await client.GetStringAsync("admin/catalog/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(importPage)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("sku,name:de-DE\nKETTLE,Wasserkocher\nBAD SKU,Kaputt\nMUG,Becher\n")), "file", "products.csv" },
        };
        var started = await client.PostAsync("admin/catalog/import", form);
        var statusUrl = started.RequestMessage!.RequestUri!.AbsolutePath + "/status";
        System.Text.Json.JsonElement status = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            status = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(statusUrl)).RootElement;
            if (status.GetProperty("completed").GetBoolean())
            {
                break;
            }

            await Task.Delay(100);
        }

        var page = await client.GetStringAsync(started.RequestMessage.RequestUri);

        Assert.True(status.GetProperty("completed").GetBoolean());
        Assert.Equal(3, status.GetProperty("total").GetInt32());
        Assert.Equal(3, status.GetProperty("processed").GetInt32());
        Assert.Equal(2, status.GetProperty("saved").GetInt32());
        Assert.Equal(1, status.GetProperty("failed").GetInt32());
        Assert.True(HtmlPage.Parse(page).Has("[id='import-progress']"), "The import page shows its progress.");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"admin/catalog/import/{Guid.NewGuid()}/status")).StatusCode);
    }

    [Fact]
    public async Task SignedOutVisitorCannotOpenCatalogAdmin()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        await tenant.SearchAsync("?q=Winterparka");

        var response = await tenant.CreateClient(followRedirects: false).GetAsync("admin/catalog/products");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("admin/login", response.Headers.Location!.ToString());
    }

    /// <summary>Signs the editor in, reading the admin in English (the test store's own language is German).</summary>
    private static async Task SignInAsync(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var page = await client.GetStringAsync("admin/login");
        var response = await client.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["Email"] = "admin@example.com", ["Password"] = "Demo!Admin2026", ["ReturnUrl"] = "",
        }));
        response.EnsureSuccessStatusCode();
    }

    private static string Token(string html) => Admin.AdminSession.TokenOf(html);

}
