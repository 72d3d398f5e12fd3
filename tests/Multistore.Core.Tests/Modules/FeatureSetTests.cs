using Multistore.Modules;

namespace Multistore.Core.Tests.Modules;

public sealed class FeatureSetTests
{
    private static FeatureInfo Feature(string id, string[]? dependencies = null, bool defaultOnly = false, bool always = false) =>
        new(id, id, id, "Test", "", dependencies ?? [], defaultOnly, always);

    private static FeatureSet Set(params FeatureInfo[] features) => new(new ModuleCatalog(features));

    [Fact]
    public void PullsInDependenciesBeforeTheFeaturesThatNeedThem()
    {
        var set = Set(Feature("Checkout", ["Cart", "Orders"]), Feature("Cart", ["Catalog"]), Feature("Orders"), Feature("Catalog"));

        var resolution = set.Resolve(["Checkout"], isDefaultTenant: false);

        Assert.True(resolution.Succeeded);
        Assert.Equal(["Catalog", "Cart", "Orders", "Checkout"], resolution.Ids);
    }

    [Fact]
    public void AddsAlwaysEnabledFeatures()
    {
        var set = Set(Feature("Engine", always: true), Feature("Catalog"));

        Assert.Contains("Engine", set.Resolve(["Catalog"], false).Ids);
    }

    [Fact]
    public void RejectsUnknownFeatureNamingIt()
    {
        var resolution = Set(Feature("Catalog")).Resolve(["Catalog", "Nope"], false);

        Assert.False(resolution.Succeeded);
        Assert.Contains(resolution.Errors, e => e.Contains("'Nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusesDefaultTenantOnlyFeatureOnAStore()
    {
        var set = Set(Feature("Tenants", defaultOnly: true));

        Assert.False(set.Resolve(["Tenants"], isDefaultTenant: false).Succeeded);
        Assert.True(set.Resolve(["Tenants"], isDefaultTenant: true).Succeeded);
    }

    [Fact]
    public void RefusesToDisableAFeatureOthersNeedAndNamesThem()
    {
        var set = Set(Feature("Cart", ["Catalog"]), Feature("Catalog"));

        var resolution = set.Disable(["Catalog", "Cart"], "Catalog", false);

        Assert.False(resolution.Succeeded);
        Assert.Contains("Cart", resolution.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void DisablesAFeatureNobodyNeeds()
    {
        var set = Set(Feature("Cart", ["Catalog"]), Feature("Catalog"));

        var resolution = set.Disable(["Catalog", "Cart"], "Cart", false);

        Assert.True(resolution.Succeeded);
        Assert.Equal(["Catalog"], resolution.Ids);
    }

    [Fact]
    public void ReportsDependencyCycles()
    {
        var set = Set(Feature("A", ["B"]), Feature("B", ["A"]));

        var resolution = set.Resolve(["A"], false);

        Assert.False(resolution.Succeeded);
        Assert.Contains(resolution.Errors, e => e.Contains("depends on itself", StringComparison.Ordinal));
    }
}
