using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Tenants;

public sealed class ConfiguredTenantsTests
{
    [Fact]
    public async Task CreatesTenantsDeclaredInConfigurationOnceAcrossRestarts()
    {
        var name = TestTenant.NewName();
        var later = TestTenant.NewName();
        var declared = new Dictionary<string, string?>
        {
            ["Multistore:Tenants:0:Name"] = name,
            ["Multistore:Tenants:0:Hosts:0"] = $"{name}.test",
            ["Multistore:Tenants:0:Recipe"] = "store",
            ["Multistore:Tenants:0:Parameters:SiteName"] = "Configured",
        };
        using var first = new MultistoreFactory(declared);
        var created = await SaasHost.WaitForAsync(first, name, TenantState.Running);

        // A restart: a new host on the same App_Data and host database, now also declaring a second tenant.
        var restart = new Dictionary<string, string?>(SaasHost.SettingsOf(first))
        {
            ["Multistore:Tenants:1:Name"] = later,
            ["Multistore:Tenants:1:Hosts:0"] = $"{later}.test",
            ["Multistore:Tenants:1:Recipe"] = "store",
        };
        foreach (var (key, value) in declared)
        {
            restart[key] = value;
        }

        using var second = new MultistoreFactory(restart, first.AppData);
        await SaasHost.WaitForAsync(second, later, TenantState.Running);

        var again = second.Service<TenantRegistry>().Find(name)!;
        Assert.Equal(created!.CreatedUtc, again.CreatedUtc);
        Assert.Equal(created.Version, again.Version);
        Assert.Single(second.Service<TenantRegistry>().All, t => t.Name == name);
        Assert.Equal("Configured", (await HtmlPage.GetAsync(second.CreateClient(new() { BaseAddress = new Uri($"http://{name}.test/") }), "/")).Heading());
    }
}
