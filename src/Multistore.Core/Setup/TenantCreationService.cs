using Multistore.Recipes;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Creates tenants and sets them up from recipes, behind every door that does so (admin, REST API, command line,
/// configuration), so they all validate and behave the same.
/// </summary>
internal sealed class TenantCreationService(
    Multistore.Hosting.HostStartup startup,
    TenantRegistry registry,
    TenantRequestValidator validator,
    TenantSetupService setup,
    RecipeCatalog recipes) : ITenantCreation
{
    public async Task<TenantSettings> CreateAsync(TenantRequest request, CancellationToken cancellationToken)
    {
        await startup.Ready;
        var tenant = await validator.ValidateAsync(request, cancellationToken);
        return await registry.SaveAsync(tenant, cancellationToken);
    }

    /// <summary>Creates and sets up in one go; a failed setup leaves no tenant behind.</summary>
    public async Task<TenantSetupResult> CreateAndSetupAsync(TenantRequest request, Recipe? recipe, IReadOnlyDictionary<string, string> parameters,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        recipe ??= recipes.Get(request.RecipeName ?? throw TenantValidationException.For("recipe", "A recipe is required."));
        RecipeKindRule.Check(recipe, request.Name);
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

        if (recipe is not null)
        {
            RecipeKindRule.Check(recipe, request.Name);
        }

        try
        {
            if (recipe is null && parameters is null)
            {
                return new TenantCreation(await CreateAsync(request, cancellationToken), true);
            }

            var setup = await CreateAndSetupAsync(request, recipe, parameters ?? new Dictionary<string, string>(), progress, cancellationToken);
            return new TenantCreation(setup.Tenant, true, setup.GeneratedAdminPassword);
        }
        catch (TenantValidationException) when (registry.Find(request.Name) is { } raced && request.IsSatisfiedBy(raced))
        {
            // The same request came twice at once: the other call made it.
            return new TenantCreation(raced, false);
        }
    }

    /// <summary>Sets up a registered tenant (created earlier, or through a setup link) from a recipe of the host.</summary>
    public async Task<TenantSetupResult> SetupAsync(string name, string recipeName, IReadOnlyDictionary<string, string> parameters,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await startup.Ready;
        return await setup.SetupAsync(name, recipes.Get(recipeName), parameters, progress, cancellationToken);
    }
}
