using Microsoft.Extensions.DependencyInjection;
using Multistore.Tenancy;

namespace Multistore.Shells;

/// <summary>A scope in a tenant's shell, built by <see cref="ShellHost"/> on first use like a request's.</summary>
internal sealed class TenantShells(ShellHost shells) : ITenantShells
{
    public async Task<AsyncServiceScope> CreateScopeAsync(TenantSettings tenant) => (await shells.GetAsync(tenant)).Services.CreateAsyncScope();
}
