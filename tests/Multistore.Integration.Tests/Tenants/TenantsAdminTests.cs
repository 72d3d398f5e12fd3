using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Tenants;

public sealed class TenantsAdminTests
{
    private const string AdminEmail = "admin@example.com";
    private const string AdminPassword = "Demo!Admin2026";

    private static async Task<HttpClient> SignedInAsync(string host)
    {
        var client = SaasHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), HandleCookies = true });
        var token = await TokenAsync(client, "admin/login");
        var response = await client.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = AdminEmail, ["Password"] = AdminPassword, ["__RequestVerificationToken"] = token,
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient client, string path) =>
        FormFields.AntiforgeryToken(await client.GetStringAsync(path));


    [Fact]
    public async Task HostAdministratorListsAndCreatesStoresFromTheAdmin()
    {
        await SaasHost.ReadyAsync();
        var admin = await SignedInAsync(SaasHost.HostName);
        var name = TestTenant.NewName();

        var token = await TokenAsync(admin, "admin/tenants/new");
        var created = await admin.PostAsync("admin/tenants/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "store", ["Parameters"] = "SiteName=Made In Admin\nCulture=fi-FI",
            ["DatabaseProvider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(created)).Texts("#admin-password p, [role=status]"), message => message.Contains($"Store '{name}'", StringComparison.Ordinal));
        Assert.Equal(TenantState.Running, SaasHost.Factory.Service<TenantRegistry>().Find(name)?.State);
        Assert.Equal("Made In Admin", (await HtmlPage.GetAsync(SaasHost.Client(null, $"{name}.test"), "/")).Heading());

        var duplicate = await admin.PostAsync("admin/tenants/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["Hosts"] = $"{name}.test", ["Recipe"] = "store", ["__RequestVerificationToken"] = await TokenAsync(admin, "admin/tenants/new"),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(duplicate)).Texts(".field-error"), error => error.Contains($"A tenant named '{name}' already exists.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStoresAdminCannotReachTheHostsTenantsPages()
    {
        await SaasHost.ReadyAsync();
        var store = await SaasHost.Factory.CreateTenantAsync("store");
        var storeAdmin = await SignedInAsync(store.Host);

        var response = await storeAdmin.GetAsync("admin/tenants");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var anonymous = SaasHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("admin/tenants")).StatusCode);
    }
}
