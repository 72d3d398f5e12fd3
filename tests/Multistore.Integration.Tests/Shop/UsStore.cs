using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Permissions;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Users.Services;

namespace Multistore.Integration.Tests.Shop;

/// <summary>
/// A US store of its own with the real providers: tax rules (NY sales tax added at checkout), a shipping zone,
/// cash on delivery; and its staff, signed in to the admin in a role.
/// </summary>
public static class UsStore
{
    private const string Recipe = """
        {
          "name": "us-commerce",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "settings", "Site": { "Currency": "USD", "DefaultCulture": "en-US" }, "Checkout": { "Countries": [ "US" ] } },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout",
              "Multistore.Tax", "Multistore.Shipping", "Multistore.Payments.CashOnDelivery" ] },
            { "name": "catalog", "products": [ { "sku": "BOOT", "translations": { "en-US": { "name": "Hiking boot" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "USD", "currency": "USD", "default": true, "prices": [ { "sku": "BOOT", "amount": 80 } ] } ] },
            { "name": "inventory", "locations": [ { "code": "main", "name": "Warehouse", "kind": "Warehouse" } ], "stock": [ { "sku": "BOOT", "onHand": 50 } ] },
            { "name": "payments", "cashOnDelivery": { "fee": 0 } },
            { "name": "tax", "pricesIncludeTax": false, "rules": [ { "country": "US", "region": "NY", "name": "NY sales tax", "rates": { "standard": 8.875 }, "shipping": "standard" } ] },
            { "name": "shipping", "zones": [ { "name": "United States", "areas": [ { "country": "US" } ], "rates": [ { "code": "ground", "name": "Ground", "price": 7.95, "freeAbove": 100 } ] } ] }
          ]
        }
        """;

    public static Task<TestTenant> CreateAsync() =>
        MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters("owner@example.com", "Outlet Test"));

    /// <summary>Gives the built-in role its permissions as the enabled features define them now, adds a user in it and signs them in.</summary>
    public static async Task<AdminSession> SignInAsync(TestTenant tenant, string role = RoleNames.Editor)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        await using (var scope = await tenant.ScopeAsync())
        {
            var roles = scope.ServiceProvider.GetRequiredService<BuiltInRoles>();
            await roles.SetAsync(role, roles.DefaultsFor(role), CancellationToken.None);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser(email) { Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, AdminSession.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var session = new AdminSession(tenant);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await session.SignInAsync(email)).StatusCode);
        return session;
    }
}
