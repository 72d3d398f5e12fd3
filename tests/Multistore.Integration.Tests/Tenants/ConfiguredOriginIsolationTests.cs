using Multistore.Integration.Tests.Fixtures;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>The configuration door: a declared store on the SaaS host's name (under a URL prefix) is not created.</summary>
public sealed class ConfiguredOriginIsolationTests
{
    [Fact]
    public async Task AStoreDeclaredUnderAPrefixOnTheHostsNameIsNotCreated()
    {
        var saas = $"saas-{TestTenant.NewName()}.test";
        var onHost = TestTenant.NewName();
        var ownHost = TestTenant.NewName();
        var declared = new Dictionary<string, string?>
        {
            ["Multistore:Tenants:0:Name"] = TenantSettings.DefaultName,
            ["Multistore:Tenants:0:Hosts:0"] = saas,
            ["Multistore:Tenants:0:Recipe"] = "saas",
            ["Multistore:Tenants:1:Name"] = onHost,
            ["Multistore:Tenants:1:Hosts:0"] = saas,
            ["Multistore:Tenants:1:UrlPrefix"] = "outlet",
            ["Multistore:Tenants:1:Recipe"] = "store",
            ["Multistore:Tenants:2:Name"] = ownHost,
            ["Multistore:Tenants:2:Hosts:0"] = $"{ownHost}.test",
            ["Multistore:Tenants:2:UrlPrefix"] = "outlet",
            ["Multistore:Tenants:2:Recipe"] = "store",
        };
        using var factory = new MultistoreFactory(declared);

        // Declared tenants are reconciled in order: once the last one runs, the one before it has been refused.
        await SaasHost.WaitForAsync(factory, ownHost, TenantState.Running, seconds: 180);

        Assert.Equal(TenantState.Running, factory.Service<TenantRegistry>().Find(TenantSettings.DefaultName)?.State);
        Assert.Null(factory.Service<TenantRegistry>().Find(onHost));
    }
}
