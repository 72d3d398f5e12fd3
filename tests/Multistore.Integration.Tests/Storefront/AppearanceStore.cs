using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>A store of its own with one priced product, French beside English, and a signed-in administrator.</summary>
public static class AppearanceStore
{
    public const string Email = "designer@example.com";

    private const string Recipe = """
        {
          "name": "appearance-store",
          "parameters": [ { "name": "SiteName" }, { "name": "AdminEmail" }, { "name": "AdminPassword" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "settings", "Site": { "SupportedCultures": [ "fr-FR", "es-ES" ] } },
            { "name": "catalog", "products": [ { "sku": "APP-1", "translations": {
              "en-US": { "name": "Harbour Cap", "slug": "harbour-cap" }, "fr-FR": { "name": "Casquette", "slug": "casquette" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Main", "currency": "USD", "default": true, "prices": [ { "sku": "APP-1", "amount": 25 } ] } ] }
          ]
        }
        """;

    public static async Task<(TestTenant Tenant, AdminSession Admin)> CreateAsync()
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe, AdminSession.Parameters(Email, "Harbour Goods"));
        var admin = new AdminSession(tenant);
        await admin.SignInAsync(Email);
        return (tenant, admin);
    }
}
