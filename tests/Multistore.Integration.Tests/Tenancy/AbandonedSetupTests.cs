using System.Net;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Storefront;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Integration.Tests.Tenancy;

/// <summary>
/// A setup whose node died leaves its store Initializing. Past the setup's lease another setup takes it over from
/// nothing; within the lease the store is someone's setup in progress and a second one is refused, naming the state.
/// </summary>
public sealed class AbandonedSetupTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task AStoreLeftInitializingPastTheLeaseIsSetUpAgainFromNothing()
    {
        var name = await LeftInitializingAsync(TenantSetupService.SetupLease + TimeSpan.FromMinutes(5));

        var setup = await Factory.Service<TenantSetupService>().SetupAsync(name, Recipe(), Parameters(), null, CancellationToken.None);

        Assert.Equal(TenantState.Running, setup.Tenant.State);
        var store = new TestTenant(Factory, name, $"{name}.test", null).CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await store.GetAsync("products/harbour-cap")).StatusCode);
    }

    [Fact]
    public async Task AStoreInitializingWithinTheLeaseIsNotSetUpTwice()
    {
        var name = await LeftInitializingAsync(TimeSpan.FromMinutes(1));

        var refused = await Assert.ThrowsAsync<TenantValidationException>(() =>
            Factory.Service<TenantSetupService>().SetupAsync(name, Recipe(), Parameters(), null, CancellationToken.None));

        Assert.Contains("being set up", Assert.Single(refused.Errors["state"]), StringComparison.Ordinal);
        Assert.Equal(TenantState.Initializing, Factory.Service<TenantRegistry>().Find(name)?.State);
    }

    /// <summary>A registered store whose setup claimed it <paramref name="ago"/> and never finished, as a node that died leaves it.</summary>
    private static async Task<string> LeftInitializingAsync(TimeSpan ago)
    {
        var name = TestTenant.NewName();
        await Factory.Service<TenantCreationService>().CreateAsync(new TenantRequest { Name = name, Hosts = [$"{name}.test"] }, CancellationToken.None);
        await using (var db = await Factory.Service<IDbContextFactory<HostDbContext>>().CreateDbContextAsync())
        {
            var record = await db.Tenants.SingleAsync(t => t.Name == name);
            record.State = TenantState.Initializing;
            record.UpdatedUtc = DateTime.UtcNow - ago;
            record.Version++;
            await db.SaveChangesAsync();
        }

        await Factory.Service<TenantRegistry>().RefreshAsync(CancellationToken.None);
        return name;
    }

    private static Recipe Recipe() => RecipeReader.Read(TwoPricedProducts.Recipe, "test.recipe.json");

    private static Dictionary<string, string> Parameters() => new(AdminSession.Parameters("owner@example.com", "Harbour Goods"));
}
