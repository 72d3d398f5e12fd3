using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// The fleet as code: a store compared with its brand template or its recipe lists every value that differs with its
/// source (API, command line, host admin), and "bring back" returns a value, or all of them, to the baseline's.
/// </summary>
public sealed class StoreDriftTests
{
    private const string Search = "Multistore.Search";

    [Fact]
    public async Task AStoreOverridingItsTemplateShowsTheValueWithItsSourceAndBringingItBackFollowsTheTemplateAgain()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new { settings = new { Site = new { Currency = "SEK" } } });
        var store = await api.CreateStoreAsync(brand, "Own Currency", new { SiteName = "Own Currency", Currency = "NOK" });

        var drift = await api.Client.GetFromJsonAsync<JsonElement>($"api/tenants/{store}/diff");

        Assert.Equal("Template", drift.GetProperty("against").GetString());
        Assert.Equal(brand, drift.GetProperty("baseline").GetString());
        var item = Assert.Single(drift.GetProperty("items").EnumerateArray());
        Assert.Equal("setting:Site:Currency", item.GetProperty("key").GetString(), ignoreCase: true);
        Assert.Equal("NOK", item.GetProperty("current").GetString());
        Assert.Equal("SEK", item.GetProperty("baseline").GetString());
        Assert.Equal(brand, item.GetProperty("source").GetString());
        Assert.Contains("Prices in NOK", await BrandTemplateApi.FooterAsync(store), StringComparison.Ordinal);

        var back = await api.Client.PostAsJsonAsync($"api/tenants/{store}/diff/bring-back", new { keys = new[] { "setting:Site:Currency" } });

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Empty((await back.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Contains("Prices in SEK", await BrandTemplateApi.FooterAsync(store), StringComparison.Ordinal);
        Assert.Equal("Own Currency", (await BrandTemplateApi.HomeAsync(store)).Heading());
    }

    [Fact]
    public async Task TheCommandLineListsAFeatureEnabledSinceTheRecipeAndBringsItBack()
    {
        var factory = await SaasHost.ReadyAsync();
        var store = (await factory.CreateTenantAsync("store")).Name;
        var (same, clean) = await TenantsCommandLineTests.RunAsync(factory, "tenants", "diff", store, "--exit-code");
        Assert.True(same == 0, clean);
        Assert.Contains($"'{store}' is as recipe 'store' has it.", clean);
        Assert.Contains("Not compared (the recipe takes them from parameters): ", clean);
        Assert.Contains("Site.SiteName (${SiteName})", clean);

        await factory.Service<TenantFeatures>().EnableAsync(store, [Search], CancellationToken.None);
        var (differs, diff) = await TenantsCommandLineTests.RunAsync(factory, "tenants", "diff", store, "--against", "recipe", "--exit-code");

        Assert.True(differs == 1, diff);
        Assert.Contains($"'{store}' differs from recipe 'store' in 1 value:", diff);
        Assert.Contains($"  feature:{Search}", diff);
        Assert.Contains("store: enabled    recipe store: disabled", diff);

        var (brought, output) = await TenantsCommandLineTests.RunAsync(factory, "tenants", "bring-back", store, "--against", "recipe", "--key", $"feature:{Search}");

        Assert.True(brought == 0, output);
        Assert.Contains($"'{store}' is as recipe 'store' has it.", output);
        Assert.DoesNotContain(Search, await factory.Service<TenantFeatures>().EnabledAsync(store, CancellationToken.None));
    }

    [Fact]
    public async Task UnknownDifferencesBaselinesAndTheSaasHostAreRefusedAndAViewKeyCannotBringBack()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new { settings = new { Site = new { Currency = "SEK" } } });
        var store = await api.CreateStoreAsync(brand, "Refusals", new { SiteName = "Refusals", Currency = "NOK" });

        var unknown = await api.Client.PostAsJsonAsync($"api/tenants/{store}/diff/bring-back", new { keys = new[] { "setting:Site:Currency", "setting:Site:Nothing" } });
        var baseline = await api.Client.GetAsync($"api/tenants/{store}/diff?against=yesterday");
        var host = await api.Client.GetAsync("api/tenants/Default/diff");
        var viewer = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View));
        var forbidden = await viewer.PostAsJsonAsync($"api/tenants/{store}/diff/bring-back", new { });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'setting:Site:Nothing' is not a difference", await unknown.Content.ReadAsStringAsync());
        Assert.Contains("Prices in NOK", await BrandTemplateApi.FooterAsync(store), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, baseline.StatusCode);
        Assert.Contains("'yesterday' is not a baseline", await baseline.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, host.StatusCode);
        Assert.Contains("is the SaaS host, not a store", await host.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"api/tenants/{store}/diff")).StatusCode);
    }

    [Fact]
    public async Task TheDriftReportListsTheStoreAndItsPageBringsAValueBack()
    {
        var api = await BrandTemplateApi.ConnectAsync();
        var brand = BrandTemplateApi.NewName();
        await api.SaveTemplateAsync(brand, new { settings = new { Site = new { Currency = "SEK" } } });
        var store = await api.CreateStoreAsync(brand, "Drifted", new { SiteName = "Drifted", Currency = "NOK" });
        var admin = await HostAdminSession.SignInAsync();

        var report = await HtmlPage.GetAsync(admin.Client, $"admin/tenants/drift?search={brand}");
        Assert.Equal("1", report.Text($"#drift tr[data-store='{store}'] td:nth-child(3)"));
        Assert.StartsWith($"1 of 1 stores on page 1 of 1 differ (1 in all that match '{brand}')", report.Text("#drift-summary"), StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(admin.Client, $"admin/tenants/drift/{store}");
        var key = Assert.Single(page.All("#drift-items tr[data-key]")).GetAttribute("data-key")!;
        Assert.Equal("setting:Site:Currency", key, ignoreCase: true);
        Assert.Contains("\"NOK\"", page.Text($"tr[data-key='{key}']"));

        var response = await admin.PostAsync($"admin/tenants/drift/{store}", new() { ["against"] = "template", ["key"] = key }, $"admin/tenants/drift/{store}/bring-back");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await HtmlPage.ParseAsync(response);
        Assert.Equal($"'{store}' is as template '{brand}' has it.", after.Text("#drift-summary"));
        Assert.Contains("Prices in SEK", await BrandTemplateApi.FooterAsync(store), StringComparison.Ordinal);
        Assert.Equal($"admin/tenants/drift/{store}", (await HtmlPage.GetAsync(admin.Client, $"admin/tenants/{store}/edit")).Attribute("#tenant-drift", "href")!.TrimStart('/'));
    }
}
