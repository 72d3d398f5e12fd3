using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Catalog;

/// <summary>Runs code inside a tenant's running shell, as an editor's request would.</summary>
public static class TenantShellWork
{
    public static async Task<T> RunAsync<T>(this TestTenant tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = await tenant.ScopeAsync();
        return await work(scope.ServiceProvider);
    }
}
