using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>Whether an existing tenant is what a request would have made, so a repeated create can answer with it.</summary>
internal static class TenantRequestMatch
{
    public static bool IsSatisfiedBy(this TenantRequest request, TenantSettings tenant) =>
        string.Equals(tenant.Name, request.Name, StringComparison.OrdinalIgnoreCase)
        && TenantRequestValidator.NormalizeHosts(request.Hosts).ToHashSet().SetEquals(tenant.Hosts)
        && string.Equals(TenantRequestValidator.NormalizePrefix(request.UrlPrefix), tenant.UrlPrefix, StringComparison.OrdinalIgnoreCase)
        && (request.RecipeName is null || string.Equals(request.RecipeName, tenant.RecipeName, StringComparison.OrdinalIgnoreCase))
        && string.Equals(string.IsNullOrWhiteSpace(request.FeatureProfile) ? null : request.FeatureProfile, tenant.FeatureProfile, StringComparison.Ordinal)
        && string.Equals(string.IsNullOrWhiteSpace(request.Template) ? null : request.Template, tenant.Template, StringComparison.OrdinalIgnoreCase)
        && (request.DatabaseProvider is null || request.DatabaseProvider == tenant.DatabaseProvider)
        && (request.Region is null || string.Equals(request.Region, tenant.Region, StringComparison.OrdinalIgnoreCase))
        && (request.Tier is null || string.Equals(request.Tier, TenantTiers.Of(tenant), StringComparison.OrdinalIgnoreCase));
}
