using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>A store's admin saves a whole settings page; only what the editor changed stops following the brand template.</summary>
public sealed class TemplateSettingsPageTests
{
    private const string Page = "admin/settings/payments/cash-on-delivery";

    [Fact]
    public async Task FieldsTheEditorLeftAloneOnAPaymentPageKeepFollowingTheTemplate()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        var template = await api.SaveTemplateAsync(brand, new { settings = new Dictionary<string, object> { ["Payments.CashOnDelivery"] = new { Fee = 4.90m, MaxAmount = 500m } } });
        var store = await CreateStoreAsync(api, brand);
        var admin = await SignInAsync(store);
        var inherited = await admin.GetStringAsync(Page);
        Assert.Contains("4.90", HtmlPage.Parse(inherited).ValueAttributes());
        Assert.Contains("500.00", HtmlPage.Parse(inherited).ValueAttributes());

        var saved = await PostAsync(admin, new() { ["Fee"] = "6.00", ["MaxAmount"] = "500.00" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await api.SaveTemplateAsync(brand, new
        {
            settings = new Dictionary<string, object> { ["Payments.CashOnDelivery"] = new { Fee = 3.00m, MaxAmount = 800m } },
            version = template.GetProperty("version").GetInt64(),
        });

        var after = await admin.GetStringAsync(Page);
        Assert.Contains("6.00", HtmlPage.Parse(after).ValueAttributes());
        Assert.Contains("800.00", HtmlPage.Parse(after).ValueAttributes());
        var sources = (await api.Client.GetFromJsonAsync<JsonElement>($"api/tenants/{store}/settings")).GetProperty("sources").EnumerateArray()
            .Where(s => s.GetProperty("group").GetString() == "Payments.CashOnDelivery" && s.GetProperty("wins").GetBoolean())
            .ToDictionary(s => s.GetProperty("path").GetString()!, s => s.GetProperty("source").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("store", sources["Fee"]);
        Assert.Equal(brand, sources["MaxAmount"]);
    }

    [Fact]
    public async Task SavingTheInheritedValueBackEndsTheOverride()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        var template = await api.SaveTemplateAsync(brand, new { settings = new Dictionary<string, object> { ["Payments.CashOnDelivery"] = new { Fee = 4.90m } } });
        var admin = await SignInAsync(await CreateStoreAsync(api, brand));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, new() { ["Fee"] = "9.00", ["MaxAmount"] = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, new() { ["Fee"] = "4.90", ["MaxAmount"] = "" })).StatusCode);
        await api.SaveTemplateAsync(brand, new
        {
            settings = new Dictionary<string, object> { ["Payments.CashOnDelivery"] = new { Fee = 5.50m } },
            version = template.GetProperty("version").GetInt64(),
        });

        Assert.Contains("5.50", HtmlPage.Parse(await admin.GetStringAsync(Page)).ValueAttributes());
    }

    private static async Task<string> CreateStoreAsync(BrandTemplateApi api, string brand)
    {
        var name = TestTenant.NewName();
        var response = await api.Client.PostAsJsonAsync("api/tenants", new
        {
            name,
            hosts = new[] { $"{name}.test" },
            template = brand,
            parameters = new Dictionary<string, string> { ["AdminEmail"] = "owner@example.com", ["AdminPassword"] = AdminSession.Password },
            recipeJson = new
            {
                name = "template-settings-page",
                steps = new object[]
                {
                    new { name = "recipes", values = new[] { new { name = "store" } } },
                    new { name = "features", enable = new[] { "Multistore.Payments.CashOnDelivery" } },
                },
            },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return name;
    }

    private static async Task<HttpClient> SignInAsync(string store)
    {
        var client = SaasHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{store}.test/"), AllowAutoRedirect = false });
        var response = await client.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "owner@example.com", ["Password"] = AdminSession.Password, ["__RequestVerificationToken"] = await BrandTemplateAdminTests.TokenAsync(client, "admin/login"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient admin, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await BrandTemplateAdminTests.TokenAsync(admin, Page);
        return await admin.PostAsync(Page, new FormUrlEncodedContent(fields));
    }
}
