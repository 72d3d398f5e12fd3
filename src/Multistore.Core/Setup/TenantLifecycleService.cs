using Multistore.Recipes;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Data;

namespace Multistore.Setup;

/// <summary>
/// The one service behind every door that manages tenants (admin, REST API, command line, configuration),
/// so they all validate and behave the same.
/// </summary>
public sealed class TenantLifecycleService(
    Multistore.Hosting.HostStartup startup,
    TenantRegistry registry,
    TenantRequestValidator validator,
    TenantSetupService setup,
    RecipeCatalog recipes,
    ShellContextFactory shells,
    TenantDatabaseProvisioner provisioner)
{
    public async Task<TenantSettings> CreateAsync(TenantRequest request, CancellationToken cancellationToken)
    {
        await startup.Ready;
        var tenant = await validator.ValidateAsync(request, cancellationToken);
        return await registry.SaveAsync(tenant, cancellationToken);
    }

    /// <summary>Creates and sets up in one go; a failed setup leaves no tenant behind.</summary>
    public async Task<TenantSettings> CreateAndSetupAsync(TenantRequest request, Recipe? recipe, IReadOnlyDictionary<string, string> parameters,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        recipe ??= recipes.Get(request.RecipeName ?? throw TenantValidationException.For("recipe", "A recipe is required."));
        await CreateAsync(request with { RecipeName = recipe.Name }, cancellationToken);
        try
        {
            return await setup.SetupAsync(request.Name, recipe, parameters, progress, cancellationToken);
        }
        catch
        {
            await registry.RemoveAsync(request.Name, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Creates (and, when a recipe is given, sets up) a tenant unless it exists already: the same request again
    /// answers with the existing tenant; another request under that name is a conflict.
    /// </summary>
    public async Task<TenantCreation> EnsureCreatedAsync(TenantRequest request, Recipe? recipe, IReadOnlyDictionary<string, string>? parameters,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await startup.Ready;
        if (registry.Find(request.Name) is { } existing)
        {
            return request.IsSatisfiedBy(existing) ? new TenantCreation(existing, false) : throw new TenantConflictException(request.Name);
        }

        try
        {
            var tenant = recipe is null && parameters is null
                ? await CreateAsync(request, cancellationToken)
                : await CreateAndSetupAsync(request, recipe, parameters ?? new Dictionary<string, string>(), progress, cancellationToken);
            return new TenantCreation(tenant, true);
        }
        catch (TenantValidationException) when (registry.Find(request.Name) is { } raced && request.IsSatisfiedBy(raced))
        {
            // The same request came twice at once: the other call made it.
            return new TenantCreation(raced, false);
        }
    }

    /// <summary>Changes hosts, URL prefix or feature profile, with the same checks as a create.</summary>
    public async Task<TenantSettings> EditAsync(string name, TenantEdit edit, CancellationToken cancellationToken)
    {
        await startup.Ready;
        var changed = await validator.ValidateEditAsync(Existing(name), edit, cancellationToken);
        return await registry.SaveAsync(changed, cancellationToken);
    }

    public async Task<TenantSettings> SetupAsync(string name, string recipeName, IReadOnlyDictionary<string, string> parameters,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await startup.Ready;
        return await setup.SetupAsync(name, recipes.Get(recipeName), parameters, progress, cancellationToken);
    }

    public Task<TenantSettings> DisableAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = Existing(name);
        if (tenant.IsDefault)
        {
            throw TenantValidationException.For("name", "The Default tenant is the SaaS host and cannot be disabled.");
        }

        if (tenant.State != TenantState.Running)
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; only a running tenant can be disabled.");
        }

        return registry.UpdateAsync(name, t => t with { State = TenantState.Disabled }, cancellationToken);
    }

    public Task<TenantSettings> EnableAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = Existing(name);
        if (tenant.State != TenantState.Disabled)
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; only a disabled tenant can be enabled.");
        }

        return registry.UpdateAsync(name, t => t with { State = TenantState.Running }, cancellationToken);
    }

    /// <summary>Removes a disabled (or never set up) tenant with its database and files.</summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = Existing(name);
        if (tenant.IsDefault)
        {
            throw TenantValidationException.For("name", "The Default tenant is the SaaS host and cannot be removed.");
        }

        if (tenant.State is not (TenantState.Disabled or TenantState.Uninitialized or TenantState.Invalid or TenantState.AwaitingSetup))
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; disable it before removing it.");
        }

        await provisioner.DropAsync(shells.ConnectionOf(tenant), cancellationToken);
        await registry.RemoveAsync(name, cancellationToken);
    }

    private TenantSettings Existing(string name) =>
        registry.Find(name) ?? throw TenantValidationException.For("name", $"There is no tenant '{name}'.");
}
