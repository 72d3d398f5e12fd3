using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;

namespace Multistore.Integration.Tests.Admin;

public sealed class BuiltInRoleDefaultsTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private const string OrderManagerRecipe = """
        {
          "name": "admin-order-manager",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "users", "users": [ { "email": "orders@example.com", "password": "${AdminPassword}", "roles": [ "OrderManager" ] } ] }
          ]
        }
        """;

    [Fact]
    public async Task OrderManagerGetsTheOrdersPagesOfAFeatureEnabledAfterTheRolesWereMade()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(OrderManagerRecipe, AdminSession.Parameters("owner@example.com"));
        await Factory.Service<TenantFeatures>().EnableAsync(tenant.Name, ["Multistore.Checkout"], CancellationToken.None);

        var session = new AdminSession(tenant);
        await session.SignInAsync("orders@example.com");
        var orders = await session.Client.GetAsync("admin/orders");
        var settings = await session.Client.GetAsync("admin/settings/site");

        Assert.Equal(HttpStatusCode.OK, orders.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
    }
}
