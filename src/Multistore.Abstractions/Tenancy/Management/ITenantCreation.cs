using Multistore.Setup;

namespace Multistore.Tenancy.Management;

/// <summary>
/// Registers tenants and sets them up from a recipe: the one way every door (admin, REST API, command line) makes a
/// store. Refusals are <see cref="TenantValidationException"/>s by field, <see cref="TenantConflictException"/>s and
/// <see cref="RecipeException"/>s.
/// </summary>
public interface ITenantCreation
{
    /// <summary>Registers the tenant and sets it up; <paramref name="recipe"/> null means the request's recipe by name.</summary>
    Task<TenantSetupResult> CreateAndSetupAsync(TenantRequest request, Recipe? recipe, IReadOnlyDictionary<string, string> parameters,
        IProgress<string>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Idempotent create: a tenant that exists as requested is answered as it is; with a recipe the new tenant is set up too,
    /// otherwise it stays Uninitialized.
    /// </summary>
    Task<TenantCreation> EnsureCreatedAsync(TenantRequest request, Recipe? recipe, IReadOnlyDictionary<string, string>? parameters,
        IProgress<string>? progress, CancellationToken cancellationToken);

    /// <summary>Sets up an Uninitialized tenant from a recipe in the catalog.</summary>
    Task<TenantSetupResult> SetupAsync(string name, string recipeName, IReadOnlyDictionary<string, string> parameters,
        IProgress<string>? progress, CancellationToken cancellationToken);
}
