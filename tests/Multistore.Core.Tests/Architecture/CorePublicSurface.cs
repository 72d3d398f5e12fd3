namespace Multistore.Core.Tests.Architecture;

/// <summary>
/// The engine's types that may be public, by name. Everything else in Multistore.Core is internal (the tests reach it
/// through InternalsVisibleTo), so a module cannot grow a dependency on it. Regenerate the internal part with
/// <c>python3 scripts/make-core-internal.py</c>.
/// </summary>
public static class CorePublicSurface
{
    /// <summary>What the host (src/Multistore.Web) calls: <c>builder.AddMultistore()</c>, <c>app.UseMultistore()</c>.</summary>
    public static IReadOnlySet<string> HostEntryPoints { get; } = new HashSet<string>(StringComparer.Ordinal) { "MultistoreHostingExtensions" };

    /// <summary>
    /// Still public because the Tenants module (host management) uses them, or a public signature of one of them does.
    /// This list only shrinks: it empties when Tenants manages tenants through contracts in Abstractions.
    /// </summary>
    public static IReadOnlySet<string> StillPublicForTheTenantsModule { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "BrandTemplateRecord", "BrandTemplateService", "BrandTemplateStore", "BrandTemplateValidator", "ConfiguredTenant",
        "DatabaseOptions", "FeatureProfileGuard", "FeatureProfileRecord", "FeatureProfileStore",
        "FeatureResolution", "FeatureRollout", "FeatureSet",
        "HostDbContext", "HostNames", "HostServices", "HostStartup", "LiquidLimits", "LiquidTemplateCache",
        "MissingStrings", "ModuleCatalog", "ModuleTemplates", "MultistoreOptions", "PluralRule", "PoCatalog",
        "PoEntry", "PoFile", "RecipeCatalog", "RecipeExpander",
        "RecipeReader", "RecipeStepInstance", 
        "SettingsCascade", "SetupLinkTicket", "ShellContext", "ShellContextFactory", "ShellHost",
        "ShellServices", "StoreAdminPassword", "StoreSettingsReader", "TemplateChain", 
        "TemplateImpactPlanner", "TenantChangeWatcher", "TenantConnection", "TenantCreationService",
        "TenantDatabaseProvisioner", "TenantEditService", "TenantExporter", "TenantFeatures", "TenantMatch",
        "TenantRecord", "TenantRegistry", "TenantRequestValidator", "TenantSetupLinks", "TenantSetupPlan", "TenantSetupPlanner", 
        "TenantSetupService", "TenantStamp", "TenantStateService", "TenantStore", "TenantTranslations", "ThemeCatalog",
        "ThemeTemplates",
    };
}
