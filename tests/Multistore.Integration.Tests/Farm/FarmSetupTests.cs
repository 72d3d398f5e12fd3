using System.Net;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Farm;

/// <summary>
/// The same setup asked of two nodes at once (a retried request that the balancer sent to the other node) runs once:
/// one node sets the store up, the other is refused naming the tenant's state, and the store has its catalog once.
/// </summary>
public sealed class FarmSetupTests(FarmNodes farm) : IClassFixture<FarmNodes>
{
    [Fact]
    public async Task TwoNodesAskedToSetUpTheSameStoreAtOnceSetItUpOnce()
    {
        var name = TestTenant.NewName();
        await farm.A.Service<TenantCreationService>().CreateAsync(new TenantRequest { Name = name, Hosts = [$"{name}.test"] }, CancellationToken.None);
        await FarmNodes.ArrivesAsync("The registered store", () =>
            Task.FromResult((farm.B.Service<TenantRegistry>().Find(name) is not null, "absent")));
        var recipe = RecipeReader.Read(TwoPricedProducts.Recipe, "test.recipe.json");
        var parameters = new Dictionary<string, string>(AdminSession.Parameters("owner@example.com", "Farm Goods"));

        var onA = Attempt(farm.A.Service<TenantSetupService>().SetupAsync(name, recipe, parameters, null, CancellationToken.None));
        var onB = Attempt(farm.B.Service<TenantSetupService>().SetupAsync(name, recipe, parameters, null, CancellationToken.None));
        var results = await Task.WhenAll(onA, onB);

        Assert.Single(results, r => r is null);
        var refusal = Assert.Single(results, r => r is not null);
        Assert.True(refusal is TenantValidationException { Errors: var errors } && errors.ContainsKey("state"), $"The other node's refusal names the state: {refusal}");
        var store = new TestTenant(farm.A, name, $"{name}.test", null).CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await store.GetAsync("products/harbour-cap")).StatusCode);
        Assert.Equal(TenantState.Running, farm.A.Service<TenantRegistry>().Find(name)?.State);
    }

    private static async Task<Exception?> Attempt(Task setup)
    {
        try
        {
            await setup;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
