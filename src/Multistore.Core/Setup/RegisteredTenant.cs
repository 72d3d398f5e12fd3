using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>A tenant an operator names must be registered; otherwise the error names the field.</summary>
internal static class RegisteredTenant
{
    public static TenantSettings Existing(TenantRegistry registry, string name) =>
        registry.Find(name) ?? throw TenantValidationException.For("name", $"There is no tenant '{name}'.");
}
