using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;
using Multistore.Tenants.CommandLine;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// Host names are compared and stored in one spelling (case, port, trailing dot) with DNS's length limits, and a wildcard
/// that covers other stores' names is refused unless the request says so (issue 14), at every door.
/// </summary>
public sealed class TenantHostDoorTests
{
    private static async Task<(HttpClient Api, string Store, string Domain)> StoreAsync()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var store = TestTenant.NewName();
        var domain = $"{store}.test";
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("api/tenants", new { name = store, hosts = new[] { $"shop.{domain}" } })).StatusCode);
        return (api, store, domain);
    }

    private static async Task<string> HostErrorAsync(HttpResponseMessage response) => (await HostErrorsAsync(response))[0];

    private static async Task<IReadOnlyList<string>> HostErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("hosts").EnumerateArray().Select(e => e.GetString()!)];
    }

    [Theory]
    [InlineData("shop.{0}:5510")]
    [InlineData("SHOP.{0}")]
    [InlineData("shop.{0}.")]
    [InlineData("Shop.{0}.:443")]
    public async Task TheApiRefusesAnotherSpellingOfAStoresHost(string spelling)
    {
        var (api, store, domain) = await StoreAsync();
        var name = TestTenant.NewName();

        var response = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, domain) } });

        Assert.Equal($"Host 'shop.{domain}' is already used by tenant '{store}'.", await HostErrorAsync(response));
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"api/tenants/{name}")).StatusCode);
    }

    [Fact]
    public async Task TheApiStoresHostsInOneSpellingAndTheStoreAnswersOnAnyPort()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.View, TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var created = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"WWW.{name}.Test.:8080" }, recipe = "store", parameters = new { SiteName = "One Spelling" } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var hosts = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hosts");
        Assert.Equal($"www.{name}.test", Assert.Single(hosts.EnumerateArray()).GetString());
        Assert.Equal("One Spelling", (await HtmlPage.GetAsync(SaasHost.Client(null, $"www.{name}.test:5510"), "/")).Heading());
    }

    [Fact]
    public async Task TheApiRefusesHostsLongerThanDnsAllowsWithoutEchoingThem()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var huge = await HostErrorAsync(await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { new string('a', 70_000) + ".test" } }));
        var label = await HostErrorAsync(await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { new string('b', 64) + ".test" } }));

        Assert.Contains("at most 253", huge);
        Assert.True(huge.Length < 300, huge);
        Assert.Contains("at most 63", label);
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));
    }

    [Fact]
    public async Task TheApiRefusesAWildcardOverOtherStoresUnlessTheRequestSaysSo()
    {
        var (api, store, domain) = await StoreAsync();
        var name = TestTenant.NewName();

        var refused = await HostErrorAsync(await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"*.{domain}" } }));
        Assert.Contains($"Wildcard '*.{domain}' covers the host names of {store}", refused);
        Assert.Contains("allowWildcard", refused);
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));

        var allowed = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { $"*.{domain}" }, allowWildcard = true });
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);

        // Editing another store onto the same kind of wildcard asks the same.
        var other = TestTenant.NewName();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("api/tenants", new { name = other, hosts = new[] { $"{other}.test" } })).StatusCode);
        var edit = await api.PatchAsJsonAsync($"api/tenants/{other}", new { hosts = new[] { $"{other}.test", $"*.shop.{domain}" } });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var covering = await api.PatchAsJsonAsync($"api/tenants/{other}", new { hosts = new[] { $"{other}.test", $"*.{store}.TEST." } });
        Assert.Contains(await HostErrorsAsync(covering), m => m.StartsWith($"Wildcard '*.{domain}' covers the host names of {store}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApiRefusesTheSaasHostsNameInAnySpelling()
    {
        var api = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Manage));
        var name = TestTenant.NewName();

        var response = await api.PostAsJsonAsync("api/tenants", new { name, hosts = new[] { "HOST.test.:8443" } });

        Assert.Contains(await HostErrorsAsync(response), m => m.StartsWith("Host 'host.test' belongs to the SaaS host", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAdminFormRefusesAnotherSpellingOfAStoresHostAndAnUnannouncedWildcard()
    {
        var (_, store, domain) = await StoreAsync();
        var admin = await HostAdminSession.SignInAsync();
        var name = TestTenant.NewName();

        var port = await admin.PostAsync("admin/tenants/new", new() { ["Name"] = name, ["Hosts"] = $"shop.{domain}:5510", ["Recipe"] = "store" });
        var wildcard = await admin.PostAsync("admin/tenants/new", new() { ["Name"] = name, ["Hosts"] = $"*.{domain}", ["Recipe"] = "store" });

        Assert.Equal(HttpStatusCode.BadRequest, port.StatusCode);
        Assert.Equal($"Host 'shop.{domain}' is already used by tenant '{store}'.",
            Assert.Single(HostAdminSession.FieldErrors(await port.Content.ReadAsStringAsync(), "Hosts")));
        Assert.Contains($"covers the host names of {store}", Assert.Single(HostAdminSession.FieldErrors(await wildcard.Content.ReadAsStringAsync(), "Hosts")));
        Assert.Null(SaasHost.Factory.Service<TenantRegistry>().Find(name));

        var edit = await admin.PostAsync($"admin/tenants/{store}/edit", new() { ["Hosts"] = $"shop.{domain}\n{new string('x', 300)}.test" });
        Assert.Contains("at most 253", Assert.Single(HostAdminSession.FieldErrors(await edit.Content.ReadAsStringAsync(), "Hosts")));
    }

    [Fact]
    public async Task TheCommandLineRefusesAnotherSpellingOfAStoresHostAndAWildcardWithoutAllowWildcard()
    {
        var (_, store, domain) = await StoreAsync();
        var settings = SaasHost.SettingsOf(SaasHost.Factory);
        var name = TestTenant.NewName();

        var port = new StringWriter();
        Assert.NotEqual(0, await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", $"shop.{domain}:5510"], settings, port));
        var wildcard = new StringWriter();
        Assert.NotEqual(0, await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", $"*.{domain}"], settings, wildcard));
        var allowed = new StringWriter();
        var exit = await TenantsCommandLine.RunAsync(["tenants", "create", "--name", name, "--host", $"*.{domain}", "--allow-wildcard"], settings, allowed);

        Assert.Contains($"error: hosts: Host 'shop.{domain}' is already used by tenant '{store}'.", port.ToString());
        Assert.Contains($"error: hosts: Wildcard '*.{domain}' covers the host names of {store}", wildcard.ToString());
        Assert.True(exit == 0, allowed.ToString());
        await SaasHost.WaitForAsync(SaasHost.Factory, name, TenantState.Uninitialized);
    }

    [Fact]
    public async Task ConfigurationDoesNotCreateAStoreOnAnotherSpellingOfAHost()
    {
        var first = TestTenant.NewName();
        var second = TestTenant.NewName();
        var third = TestTenant.NewName();
        using var factory = new MultistoreFactory(new Dictionary<string, string?>
        {
            ["Multistore:Tenants:0:Name"] = first,
            ["Multistore:Tenants:0:Hosts:0"] = $"{first}.test",
            ["Multistore:Tenants:0:Recipe"] = "store",
            ["Multistore:Tenants:0:Parameters:AdminPassword"] = HostAdminSession.Password,
            ["Multistore:Tenants:1:Name"] = second,
            ["Multistore:Tenants:1:Hosts:0"] = $"{first.ToUpperInvariant()}.test.:5510",
            ["Multistore:Tenants:1:Recipe"] = "store",
            ["Multistore:Tenants:2:Name"] = third,
            ["Multistore:Tenants:2:Hosts:0"] = "*.test",
            ["Multistore:Tenants:2:Recipe"] = "store",
            ["Multistore:Tenants:3:Name"] = TestTenant.NewName(),
            ["Multistore:Tenants:3:Hosts:0"] = "*.test",
            ["Multistore:Tenants:3:AllowWildcard"] = "true",
            ["Multistore:Tenants:3:Recipe"] = "store",
        });

        await SaasHost.WaitForAsync(factory, first, TenantState.Running);
        var registry = factory.Service<TenantRegistry>();
        await WaitUntilAsync(() => registry.All.Any(t => t.Hosts.Contains("*.test") && t.State == TenantState.Running));

        Assert.Null(registry.Find(second));
        Assert.Null(registry.Find(third));
        Assert.Equal(first, registry.Resolve($"{first}.test:5510", "/")?.Tenant.Name);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited++)
        {
            Assert.True(waited < 1200, "The configured tenants were not reconciled within two minutes.");
            await Task.Delay(100);
        }
    }
}
