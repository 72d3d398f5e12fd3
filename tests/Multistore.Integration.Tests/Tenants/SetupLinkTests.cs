using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

public sealed class SetupLinkTests
{
    [Fact]
    public async Task StoreAdministratorSetsUpTheStoreByItsLinkOnceOnly()
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var name = TestTenant.NewName();
        var created = await client.PostAsJsonAsync("api/tenants", new
        {
            name,
            hosts = new[] { $"{name}.test" },
            recipe = "store",
            setupLink = true,
            parameters = new Dictionary<string, string> { ["SiteName"] = "Linked Store", ["Currency"] = "EUR" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AwaitingSetup", answer.GetProperty("tenant").GetProperty("state").GetString());
        var url = new Uri(answer.GetProperty("setupUrl").GetString()!);
        Assert.Equal($"{name}.test", url.Host);
        var token = Uri.UnescapeDataString(url.Query["?token=".Length..]);

        var store = SaasHost.Client(null, $"{name}.test");
        Assert.Equal(HttpStatusCode.NotFound, (await store.GetAsync("/")).StatusCode);
        var form = await store.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("Administrator email", (await HtmlPage.ParseAsync(form)).Text("form label[for=email]"));

        var noPassword = await store.PostAsync("/setup", Fields(token, "owner@linked.test", ""));
        Assert.Equal(HttpStatusCode.BadRequest, noPassword.StatusCode);
        Assert.Contains("Choose a password", Assert.Single((await HtmlPage.ParseAsync(noPassword)).Alerts()));

        var done = await store.PostAsync("/setup", Fields(token, "owner@linked.test", "Linked!Admin2026"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Your store is ready", (await HtmlPage.ParseAsync(done)).Heading());
        Assert.Equal(TenantState.Running, SaasHost.Factory.Service<TenantRegistry>().Find(name)?.State);
        var home = await HtmlPage.GetAsync(store, "/");
        Assert.Equal("Linked Store", home.Heading());
        Assert.Contains("Prices in EUR", home.Text("footer"));

        var again = await store.PostAsync("/setup", Fields(token, "intruder@linked.test", "Other!Admin2026"));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("has been used", (await HtmlPage.ParseAsync(again)).Text("main p"));
        Assert.Contains("has been used", (await HtmlPage.ParseAsync(await store.GetAsync(url.PathAndQuery))).Text("main p"));
    }

    [Fact]
    public async Task ExpiredOrForeignSetupLinksAreRefused()
    {
        await SaasHost.ReadyAsync();
        var links = SaasHost.Factory.Service<TenantSetupLinks>();
        var name = TestTenant.NewName();
        var request = new TenantRequest { Name = name, Hosts = [$"{name}.test"], RecipeName = "store" };
        var expired = await links.CreateAsync(request, new Dictionary<string, string>(), TimeSpan.FromSeconds(-1), CancellationToken.None);
        var store = SaasHost.Client(null, $"{name}.test");

        var refused = await store.PostAsync("/setup", Fields(expired.Token, "owner@late.test", "Late!Admin2026"));
        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Contains("expired", (await HtmlPage.ParseAsync(refused)).Text("main p"));
        Assert.Equal(TenantState.AwaitingSetup, SaasHost.Factory.Service<TenantRegistry>().Find(name)?.State);

        var forged = await store.GetAsync("/setup?token=not-a-token");
        Assert.Equal(HttpStatusCode.Gone, forged.StatusCode);
        Assert.Contains("not a valid setup link", (await HtmlPage.ParseAsync(forged)).Text("main p"));

        var fresh = links.Reissue(name, new Dictionary<string, string>(), TimeSpan.FromHours(1));
        var done = await store.PostAsync("/setup", Fields(fresh.Token, "owner@late.test", "Late!Admin2026"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    [Fact]
    public async Task HostAdministratorGetsASetupLinkFromTheCreateForm()
    {
        var admin = await BrandTemplateAdminTests.SignedInAsync();
        var name = TestTenant.NewName();
        var page = await admin.PostAsync("admin/tenants/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "store", ["Parameters"] = "SiteName=Admin Linked", ["SetupLink"] = "true",
            ["DatabaseProvider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite",
            ["__RequestVerificationToken"] = await BrandTemplateAdminTests.TokenAsync(admin, "admin/tenants/new"),
        }));

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(TenantState.AwaitingSetup, SaasHost.Factory.Service<TenantRegistry>().Find(name)?.State);
        var url = HtmlPage.Parse(html).Attribute("#setup-url", "href")!;
        Assert.StartsWith($"http://{name}.test/setup?token=", url);
        var form = await SaasHost.Client(null, $"{name}.test").GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal("Administrator email", (await HtmlPage.ParseAsync(form)).Text("form label[for=email]"));
    }

    private static FormUrlEncodedContent Fields(string token, string email, string password) =>
        new(new Dictionary<string, string> { ["token"] = token, ["email"] = email, ["password"] = password });
}
