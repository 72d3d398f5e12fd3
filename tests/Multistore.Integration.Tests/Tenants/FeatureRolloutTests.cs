using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants;

namespace Multistore.Integration.Tests.Tenants;

public sealed class FeatureRolloutTests
{
    private const string CatalogOnly = """{ "name": "catalog-only", "steps": [ { "name": "features", "enable": [ "Multistore.Catalog" ] } ] }""";

    private static Task<string> ProfileExcludingPricingAsync(MultistoreFactory factory) => ProfileExcludingAsync(factory, "Multistore.Pricing*");

    private static async Task<string> ProfileExcludingAsync(MultistoreFactory factory, string pattern)
    {
        var name = "no-" + pattern.Replace("Multistore.", "", StringComparison.Ordinal).Trim('*').ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..6];
        await factory.Service<FeatureProfileStore>().SaveAsync(new FeatureProfile(name, "Stores without " + pattern,
            [new(FeatureRuleKind.Exclude, pattern), new(FeatureRuleKind.Include, "Multistore.*")]), CancellationToken.None);
        return name;
    }

    [Fact]
    public async Task RolloutReportsTheTenantItsProfileRefusesAndLeavesItUnchanged()
    {
        var factory = await SaasHost.ReadyAsync();
        var allowed = await factory.CreateTenantFromJsonAsync(CatalogOnly);
        var bounded = await factory.CreateTenantFromJsonAsync(CatalogOnly);
        // Catalog brings Pricing along as its dependency, so the rollout is of Search, which neither store has.
        var profile = await ProfileExcludingAsync(factory, "Multistore.Search*");
        await factory.Service<TenantEditService>().EditAsync(bounded.Name, new TenantEdit { FeatureProfile = profile }, CancellationToken.None);
        var client = SaasHost.Client(await SaasHost.IssueKeyAsync(TenantsPermissions.Features));

        var response = await client.PostAsJsonAsync("api/feature-rollouts", new { feature = "Multistore.Search", enable = true, tenants = new[] { allowed.Name, bounded.Name } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(r => r.GetProperty("tenant").GetString()!);
        Assert.Equal("Changed", results[allowed.Name].GetProperty("outcome").GetString());
        Assert.Equal("Failed", results[bounded.Name].GetProperty("outcome").GetString());
        Assert.Contains($"not allowed by feature profile '{profile}'", results[bounded.Name].GetProperty("message").GetString());
        var features = factory.Service<TenantFeatures>();
        Assert.Contains("Multistore.Search", await features.EnabledAsync(allowed.Name, CancellationToken.None));
        Assert.DoesNotContain("Multistore.Search", await features.EnabledAsync(bounded.Name, CancellationToken.None));
    }

    [Fact]
    public async Task SetupRefusesARecipeThatEnablesAFeatureOutsideTheProfile()
    {
        var factory = await SaasHost.ReadyAsync();
        var profile = await ProfileExcludingPricingAsync(factory);
        var name = TestTenant.NewName();
        var request = new TenantRequest { Name = name, Hosts = [$"{name}.test"], FeatureProfile = profile, RecipeName = "store" };

        var error = await Assert.ThrowsAsync<TenantValidationException>(() => factory.Service<TenantCreationService>()
            .CreateAndSetupAsync(request, null, new Dictionary<string, string>(), null, CancellationToken.None));

        Assert.Contains("Feature 'Multistore.Pricing' is not allowed by feature profile", error.Errors["features"][0]);
        Assert.Null(factory.Service<TenantRegistry>().Find(name));
    }
}
