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
        "BrandTemplate", "BrandTemplateRecord", "BrandTemplateService", "BrandTemplateStore", "BrandTemplateValidator", "ConfiguredTenant",
        "DatabaseOptions", "FeatureProfile", "FeatureProfileGuard", "FeatureProfileRecord", "FeatureProfileRule", "FeatureProfileStore",
        "FeatureResolution", "FeatureRollout", "FeatureRolloutOutcome", "FeatureRolloutResult", "FeatureRuleKind", "FeatureSet",
        "HostDbContext", "HostNames", "HostServices", "HostStartup", "LiquidLimits", "LiquidTemplateCache",
        "MissingStrings", "ModuleCatalog", "ModuleTemplates", "MultistoreOptions", "PluralRule", "PoCatalog",
        "PoEntry", "PoFile", "Recipe", "RecipeCatalog", "RecipeException", "RecipeExpander",
        "RecipeKindRule", "RecipeParameter", "RecipeReader", "RecipeStepInstance", "SecretFilter", "SettingSource",
        "SettingsCascade", "SetupLink", "SetupLinkTicket", "ShellContext", "ShellContextFactory", "ShellHost",
        "ShellServices", "StoreAdminPassword", "StoreSettingsReader", "TemplateChain", "TemplateChange", "TemplateImpact",
        "TemplateImpactPlanner", "TenantChangeWatcher", "TenantConflictException", "TenantConnection", "TenantCreation", "TenantCreationService",
        "TenantDatabaseProvisioner", "TenantEdit", "TenantEditService", "TenantExporter", "TenantFeatures", "TenantMatch",
        "TenantRecord", "TenantRegistry", "TenantRequest", "TenantRequestValidator", "TenantSetupLinks", "TenantSetupPlan", "TenantSetupPlanner", "TenantSetupResult",
        "TenantSetupService", "TenantStamp", "TenantStateService", "TenantStore", "TenantTranslations", "ThemeCatalog",
        "ThemeTemplates",
    };
}
