using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Integration.Tests.StorefrontApi;

/// <summary>Stores with the Storefront API on, a few products and prices, for the API's tests.</summary>
public static class ApiStore
{
    public static Task<TestTenant> CreateAsync(MultistoreFactory factory, string currency = "EUR", string culture = "de-DE", string apiSettings = "{}", string features = "") =>
        factory.CreateTenantFromJsonAsync($$"""
            {
              "name": "api-store",
              "steps": [
                { "name": "recipes", "values": [ { "name": "store" } ] },
                { "name": "features", "enable": [ "Multistore.StorefrontApi"{{features}} ] },
                { "name": "settings", "StorefrontApi": {{apiSettings}} },
                { "name": "catalog", "products": [
                  { "sku": "LAMP-1", "translations": { "{{culture}}": { "name": "Desk Lamp", "description": "A lamp for the desk." } } },
                  { "sku": "CHAIR-1", "translations": { "{{culture}}": { "name": "Oak Chair", "description": "Solid oak." } } },
                  { "sku": "TABLE-1", "translations": { "{{culture}}": { "name": "Oak Table", "description": "Seats six." } } }
                ] },
                { "name": "pricelists", "lists": [ { "name": "Main", "currency": "{{currency}}", "default": true, "prices": [
                  { "sku": "LAMP-1", "amount": 12.34 }, { "sku": "CHAIR-1", "amount": 89.5 }
                ] } ] }
              ]
            }
            """,
            new Dictionary<string, string> { ["SiteName"] = "API Store", ["Culture"] = culture, ["Currency"] = currency });

    internal static async Task<ShellContext> ShellAsync(MultistoreFactory factory, TestTenant tenant) =>
        await factory.Service<ShellHost>().GetAsync(factory.Service<TenantRegistry>().Find(tenant.Name)!);
}
