using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.Catalog;

/// <summary>Runs code inside a tenant's running shell, as an editor's request would.</summary>
public static class TenantShell
{
    public static async Task<T> RunAsync<T>(this TestTenant tenant, Func<IServiceProvider, Task<T>> work)
    {
        var factory = MultistoreFactory.Shared;
        var registry = factory.Service<TenantRegistry>();
        var settings = registry.Find(tenant.Name);
        for (var attempt = 0; settings is null && attempt < 100; attempt++)
        {
            // Tenants created in parallel can reach this node's registry snapshot a moment after setup returns.
            await Task.Delay(50);
            await registry.RefreshAsync(CancellationToken.None);
            settings = registry.Find(tenant.Name);
        }

        Assert.NotNull(settings);
        var shell = await factory.Service<ShellHost>().GetAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
