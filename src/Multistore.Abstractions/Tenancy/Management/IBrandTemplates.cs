using Multistore.Setup;

namespace Multistore.Tenancy.Management;

/// <summary>
/// Brand templates stores inherit configuration from. A save is validated (refusals are
/// <see cref="TenantValidationException"/>s), checked against the feature profiles of the stores it reaches, and live
/// for those stores at their next request; a preview says what a save would change, writing nothing.
/// </summary>
public interface IBrandTemplates
{
    Task<IReadOnlyDictionary<string, BrandTemplate>> AllAsync(CancellationToken cancellationToken);

    /// <summary>The template with its chain of parents, where each value comes from and the stores inheriting from it; null when there is none.</summary>
    Task<BrandTemplateDetails?> DescribeAsync(string name, CancellationToken cancellationToken);

    /// <summary>The stores that inherit from each template, directly or through a child template, by template name.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> InheritingStoresAsync(CancellationToken cancellationToken);

    Task<TemplateImpact> PreviewAsync(BrandTemplate proposed, CancellationToken cancellationToken);

    Task<BrandTemplate> SaveAsync(BrandTemplate template, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);
}
