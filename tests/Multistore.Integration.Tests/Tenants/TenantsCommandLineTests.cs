using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;
using Multistore.Tenants.CommandLine;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// The command line runs its own engine on the running host's App_Data and databases, as a second process
/// would; the running host must notice every change by itself.
/// </summary>
public sealed class TenantsCommandLineTests
{
    /// <summary>The port the host's configuration says it listens on (the in-memory host answers whatever the port).</summary>
    private const int Port = 5510;

    internal static async Task<(int Exit, string Output)> RunAsync(MultistoreFactory factory, params string[] args)
    {
        var output = new StringWriter();
        var settings = new Dictionary<string, string?>(SaasHost.SettingsOf(factory)) { ["urls"] = $"http://localhost:{Port}" };
        var exit = await TenantsCommandLine.RunAsync(args, settings, output, factory.Server.CreateHandler());
        return (exit, output.ToString());
    }

    [Fact]
    public async Task CreatesAStoreThatTheRunningHostServesWithoutARestart()
    {
        var factory = await SaasHost.ReadyAsync();
        var name = TestTenant.NewName();
        var host = $"{name}.test";

        var (exit, output) = await RunAsync(factory, "tenants", "create", "--name", name, "--host", host, "--recipe", "store",
            "--param", "Culture=fi-FI", "--param", "Currency=EUR", "--param", "SiteName=Nordic FI");

        Assert.True(exit == 0, output);
        Assert.Contains("store step 2: themes", output);
        Assert.Contains($"Created tenant '{name}' (Running). http://{host}:{Port}/", output);
        Assert.Contains($"Store '{name}' answers: http://{host}:{Port}/", output);
        await SaasHost.WaitForAsync(factory, name, TenantState.Running, seconds: 5);
        var home = await HtmlPage.GetAsync(SaasHost.Client(null, host), "/");
        Assert.Equal("Nordic FI", home.Heading());
        Assert.Equal("fi-FI", home.Attribute("html", "lang"));
    }

    [Fact]
    public async Task CreatesAStoreThatItsOwnAdministratorSetsUpByTheLinkItPrints()
    {
        var factory = await SaasHost.ReadyAsync();
        var name = TestTenant.NewName();
        var host = $"{name}.test";

        var (exit, output) = await RunAsync(factory, "tenants", "create", "--name", name, "--host", host, "--recipe", "store",
            "--param", "SiteName=Linked by CLI", "--setup-link", "--link-hours", "2", "--link-scheme", "http");

        Assert.True(exit == 0, output);
        Assert.Contains($"Tenant '{name}' is AwaitingSetup", output);
        var first = new Uri(output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("http://", StringComparison.Ordinal)));
        Assert.Equal(host, first.Host);
        await SaasHost.WaitForAsync(factory, name, TenantState.AwaitingSetup, seconds: 5);

        var (reissued, again) = await RunAsync(factory, "tenants", "setup-link", name, "--param", "SiteName=Linked by CLI", "--link-scheme", "http");
        Assert.True(reissued == 0, again);
        var link = new Uri(again.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("http://", StringComparison.Ordinal)));
        var store = SaasHost.Client(null, host);
        Assert.Equal("Administrator email", (await HtmlPage.GetAsync(store, link.PathAndQuery)).Text("form label[for=email]"));
        var token = Uri.UnescapeDataString(link.Query["?token=".Length..]);
        var done = await store.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["email"] = "owner@cli.test", ["password"] = "Cli!Admin2026",
        }));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Linked by CLI", (await HtmlPage.GetAsync(store, "/")).Heading());
        var (refused, tooLate) = await RunAsync(factory, "tenants", "setup-link", name);
        Assert.NotEqual(0, refused);
        Assert.Contains("only a store awaiting setup gets a setup link", tooLate);
    }

    [Fact]
    public async Task DisablesEnablesAndRemovesAStore()
    {
        var factory = await SaasHost.ReadyAsync();
        var store = await factory.CreateTenantAsync("store");
        var client = store.CreateClient();

        Assert.Equal(0, (await RunAsync(factory, "tenants", "disable", store.Name)).Exit);
        await SaasHost.WaitForAsync(factory, store.Name, TenantState.Disabled, seconds: 5);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/")).StatusCode);

        Assert.Equal(0, (await RunAsync(factory, "tenants", "enable", store.Name)).Exit);
        await SaasHost.WaitForAsync(factory, store.Name, TenantState.Running, seconds: 5);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await RunAsync(factory, "tenants", "disable", store.Name);
        var (exit, output) = await RunAsync(factory, "tenants", "remove", store.Name);
        Assert.True(exit == 0, output);
        await SaasHost.WaitForAsync(factory, store.Name, null, seconds: 5);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task RefusesADuplicateHostAndTheDefaultTenant()
    {
        var factory = await SaasHost.ReadyAsync();
        var store = await factory.CreateTenantAsync("store");

        var (exit, output) = await RunAsync(factory, "tenants", "create", "--name", TestTenant.NewName(), "--host", store.Host, "--recipe", "store");
        Assert.Equal(1, exit);
        Assert.Contains($"error: hosts: Host '{store.Host}' is already used by tenant '{store.Name}'.", output);

        (exit, output) = await RunAsync(factory, "tenants", "disable", TenantSettings.DefaultName);
        Assert.Equal(1, exit);
        Assert.Contains("cannot be disabled", output);
    }

    [Fact]
    public async Task ListsStoresAndSetsUpARegisteredOneWithProgress()
    {
        var factory = await SaasHost.ReadyAsync();
        var name = TestTenant.NewName();
        Assert.Equal(0, (await RunAsync(factory, "tenants", "create", "--name", name, "--host", $"{name}.test", "--recipe", "store", "--no-setup")).Exit);

        var (exit, output) = await RunAsync(factory, "tenants", "setup", name, "--param", "SiteName=Set Up Later");
        Assert.True(exit == 0, output);
        Assert.Contains("store step 0: features", output);

        (exit, output) = await RunAsync(factory, "tenants", "list", "--search", name);
        Assert.Equal(0, exit);
        Assert.Contains($"{name}", output);
        Assert.Contains("Running", output);
        Assert.Contains("1 of 1 tenant(s).", output);
    }
}
