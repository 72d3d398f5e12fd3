using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;
using Multistore.Tenants.CommandLine;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// The SaaS host's names are its own (issue 14): no store may be reached on them, with or without a URL prefix, and
/// the host may not take a store's name. Every door that sets hosts refuses, naming the field.
/// </summary>
public sealed class HostOriginIsolationTests
{
    private const string BelongsToHost = "belongs to the SaaS host";

    [Theory]
    [InlineData(SaasHost.HostName, "shop")]
    [InlineData(SaasHost.HostName, null)]
    [InlineData("HOST.test:8080", "shop")]
    public async Task ApiRefusesAStoreOnTheHostsName(string host, string? prefix)
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var response = await client.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { host }, urlPrefix = prefix });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(Messages(errors, "hosts"), m => m.Contains(BelongsToHost, StringComparison.Ordinal));
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));
    }

    [Fact]
    public async Task ApiRefusesMovingAStoreOntoTheHostAndTheHostOntoAStore()
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var store = await SaasHost.Factory.CreateTenantAsync("store");

        var storeEdit = await client.PatchAsJsonAsync($"api/tenants/{store.Name}", new { hosts = new[] { store.Host, SaasHost.HostName }, urlPrefix = "shop" });
        var hostEdit = await client.PatchAsJsonAsync($"api/tenants/{TenantSettings.DefaultName}", new { hosts = new[] { SaasHost.HostName, store.Host } });

        Assert.Equal(HttpStatusCode.BadRequest, storeEdit.StatusCode);
        Assert.Contains(Messages(await storeEdit.Content.ReadFromJsonAsync<JsonElement>(), "hosts"), m => m.Contains(BelongsToHost, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, hostEdit.StatusCode);
        Assert.Contains($"Host '{store.Host}' is used by store '{store.Name}': the SaaS host needs host names no store is reached on.",
            Messages(await hostEdit.Content.ReadFromJsonAsync<JsonElement>(), "hosts"));
        Assert.Equal([store.Host], SaasHost.Factory.Service<TenantRegistry>().Find(store.Name)!.Hosts);
        Assert.Equal([SaasHost.HostName], SaasHost.Factory.Service<TenantRegistry>().Find(TenantSettings.DefaultName)!.Hosts);
    }

    [Fact]
    public async Task ApiRefusesPuttingTheHostBehindAPrefixAlone()
    {
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));

        var hostEdit = await client.PatchAsJsonAsync($"api/tenants/{TenantSettings.DefaultName}", new { hosts = Array.Empty<string>(), urlPrefix = "host" });

        Assert.Equal(HttpStatusCode.BadRequest, hostEdit.StatusCode);
        Assert.Contains(Messages(await hostEdit.Content.ReadFromJsonAsync<JsonElement>(), "urlPrefix"), m => m.Contains("host names of its own", StringComparison.Ordinal));
        Assert.Equal([SaasHost.HostName], SaasHost.Factory.Service<TenantRegistry>().Find(TenantSettings.DefaultName)!.Hosts);
    }

    [Fact]
    public async Task AdminFormRefusesAStoreOnTheHostsName()
    {
        await SaasHost.ReadyAsync();
        var admin = SaasHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{SaasHost.HostName}/"), HandleCookies = true });
        var signIn = await admin.PostAsync("admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@example.com", ["Password"] = "Demo!Admin2026", ["__RequestVerificationToken"] = await TokenAsync(admin, "admin/login"),
        }));
        signIn.EnsureSuccessStatusCode();
        var name = TestTenant.NewName();

        var created = await admin.PostAsync("admin/tenants/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["Hosts"] = SaasHost.HostName, ["UrlPrefix"] = "shop", ["Recipe"] = "store",
            ["__RequestVerificationToken"] = await TokenAsync(admin, "admin/tenants/new"),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Contains((await HtmlPage.ParseAsync(created)).Texts(".field-error"), error => error.Contains(BelongsToHost, StringComparison.Ordinal));
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));
    }

    [Fact]
    public async Task CommandLineRefusesAStoreOnTheHostsName()
    {
        var factory = await SaasHost.ReadyAsync();
        var name = TestTenant.NewName();
        var output = new StringWriter();

        var exit = await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", SaasHost.HostName, "--prefix", "shop", "--recipe", "store"],
            SaasHost.SettingsOf(factory), output);

        Assert.Equal(1, exit);
        Assert.Contains($"error: hosts: Host '{SaasHost.HostName}' {BelongsToHost}", output.ToString());
        Assert.Null(factory.Service<TenantRegistry>().Find(name));
    }

    private static List<string> Messages(JsonElement problem, string field) =>
        [.. (problem.TryGetProperty("errors", out var errors) ? errors : problem).GetProperty(field).EnumerateArray().Select(m => m.GetString()!)];

    private static async Task<string> TokenAsync(HttpClient client, string path) =>
        FormFields.AntiforgeryToken(await client.GetStringAsync(path));
}
