using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.BrandTemplates;
using Multistore.Data;
using Multistore.Hosting;
using Multistore.Modules;
using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.Shells;

/// <summary>
/// Enables and disables features of a running tenant: dependencies come along, a feature others need stays,
/// and the change releases the shell so the next request runs with it.
/// </summary>
internal sealed class TenantFeatures(TenantRegistry registry, ShellHost shells, StoreChangeChannel changes, FeatureSet featureSet, FeatureProfileGuard profileGuard) : ITenantFeatures
{
    public async Task<IReadOnlyList<string>> EnabledAsync(string tenantName, CancellationToken cancellationToken)
    {
        var shell = await shells.GetAsync(Running(tenantName));
        return [.. shell.Features.Select(f => f.Id)];
    }

    /// <summary>Enables the features and their dependencies; returns the features that were newly enabled.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(string tenantName, IReadOnlyCollection<string> featureIds, CancellationToken cancellationToken)
    {
        var tenant = Running(tenantName);
        var shell = await shells.GetAsync(tenant);
        var current = shell.Features.Select(f => f.Id).ToList();
        var resolution = featureSet.Resolve(current.Concat(featureIds), tenant.IsDefault);
        if (!resolution.Succeeded)
        {
            throw new TenantValidationException(new Dictionary<string, string[]> { ["features"] = [.. resolution.Errors] });
        }

        var added = resolution.Ids.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        await profileGuard.EnsureAllowedAsync(tenant, added, cancellationToken);
        await WriteAsync(shell, added, [], cancellationToken);
        return added;
    }

    public async Task DisableAsync(string tenantName, string featureId, CancellationToken cancellationToken)
    {
        var tenant = Running(tenantName);
        var shell = await shells.GetAsync(tenant);
        if (shell.Services.GetRequiredService<TemplateChain>().FeatureSource(featureId) is { } template)
        {
            throw TenantValidationException.For("features", $"Feature '{featureId}' comes from brand template '{template}': change the template, or the store's template.");
        }

        var current = shell.Features.Select(f => f.Id).ToList();
        var resolution = featureSet.Disable(current, featureId, tenant.IsDefault);
        if (!resolution.Succeeded)
        {
            throw new TenantValidationException(new Dictionary<string, string[]> { ["features"] = [.. resolution.Errors] });
        }

        await WriteAsync(shell, [], [featureId], cancellationToken);
    }

    private async Task WriteAsync(ShellContext shell, IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken cancellationToken)
    {
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShellDbContext>();
            foreach (var id in add)
            {
                db.Features.Add(new ShellFeatureRecord { FeatureId = id, EnabledUtc = DateTime.UtcNow });
            }

            await db.Features.Where(f => remove.Contains(f.FeatureId)).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await changes.ReleaseEverywhereAsync(shell.Settings.Name, cancellationToken);
    }

    private TenantSettings Running(string name)
    {
        var tenant = registry.Find(name) ?? throw TenantValidationException.For("name", $"There is no tenant '{name}'.");
        return tenant.State == TenantState.Running
            ? tenant
            : throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; features change on running tenants only.");
    }
}
