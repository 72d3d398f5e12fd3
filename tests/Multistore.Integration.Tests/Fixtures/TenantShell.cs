using Microsoft.Extensions.DependencyInjection;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>A DI scope in a test tenant's running shell, for calling a module's services as a request would.</summary>
public static class TenantShell
{
    public static async Task<AsyncServiceScope> ScopeAsync(this TestTenant tenant)
    {
        var factory = tenant.Factory;
        var settings = factory.Service<TenantRegistry>().Find(tenant.Name) ?? throw new InvalidOperationException($"No tenant {tenant.Name}.");
        var shell = await factory.Service<ShellHost>().GetAsync(settings);
        return shell.Services.CreateAsyncScope();
    }
}
