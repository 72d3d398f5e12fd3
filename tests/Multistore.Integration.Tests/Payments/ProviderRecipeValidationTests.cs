using Multistore.Integration.Tests.Fixtures;
using Multistore.Recipes;

namespace Multistore.Integration.Tests.Payments;

public sealed class ProviderRecipeValidationTests
{
    private static async Task<IReadOnlyList<RecipeError>> ErrorsAsync(string features, string step)
    {
        var json = $$"""
            { "name": "broken-providers", "steps": [
              { "name": "recipes", "values": [ { "name": "store" } ] },
              { "name": "features", "enable": [ {{features}} ] },
              {{step}} ] }
            """;
        var error = await Assert.ThrowsAsync<RecipeException>(() => MultistoreFactory.Shared.CreateTenantFromJsonAsync(json));
        return error.Errors;
    }

    [Fact]
    public async Task PaymentsStepNamesEachBadField()
    {
        var errors = await ErrorsAsync("\"Multistore.Payments.Stripe\", \"Multistore.Payments.BankTransfer\"", """
            { "name": "payments",
              "stripe": { "publishableKey": "pk_test_x", "secretKey": "pk_oops_public", "webhookSecret": "sk_wrong_one", "apiBase": "not a url" },
              "bankTransfer": { "accountHolder": "Nordic AB", "iban": "SE35 5000 0000 0549 1000 0004" },
              "invoice": { "dueDays": 30 } }
            """);

        Assert.Contains(errors, e => e.Field == "stripe.secretKey" && e.Message.Contains("sk_", StringComparison.Ordinal) && !e.Message.Contains("pk_oops", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "stripe.webhookSecret" && e.Message.Contains("whsec_", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "stripe.apiBase");
        Assert.Contains(errors, e => e.Field == "bankTransfer.iban");
        Assert.Contains(errors, e => e.Field == "invoice" && e.Message.Contains("not a payment provider enabled", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal(2, e.StepIndex));
    }

    [Fact]
    public async Task TaxStepNamesEachBadField()
    {
        var errors = await ErrorsAsync("\"Multistore.Tax\"", """
            { "name": "tax", "pricesIncludeTax": "yes", "rules": [
              { "country": "XX", "name": "Nope", "rates": { "standard": 125 } },
              { "country": "SE", "name": "Moms", "rates": { "standard": 25 }, "shipping": "reduced" },
              { "country": "DE", "rates": {} } ] }
            """);

        Assert.Contains(errors, e => e.Field == "pricesIncludeTax");
        Assert.Contains(errors, e => e.Field == "rules[0].country");
        Assert.Contains(errors, e => e.Field == "rules[0].rates.standard");
        Assert.Contains(errors, e => e.Field == "rules[1].shipping");
        Assert.Contains(errors, e => e.Field == "rules[2].name");
        Assert.Contains(errors, e => e.Field == "rules[2].rates");
    }

    [Fact]
    public async Task ShippingStepNamesEachBadField()
    {
        var errors = await ErrorsAsync("\"Multistore.Shipping\"", """
            { "name": "shipping",
              "zones": [ { "name": "US", "areas": [ { "country": "USA" } ], "rates": [
                { "code": "ground", "name": "Ground" },
                { "code": "ground", "name": "Twice", "price": -1, "tiers": [ { "upToKg": 0, "price": 5 } ] } ] } ],
              "pickup": { "offer": "sometimes", "locations": [ { "code": "a", "name": "A" } ] } }
            """);

        Assert.Contains(errors, e => e.Field == "zones[0].areas[0].country");
        Assert.Contains(errors, e => e.Field == "zones[0].rates[0].price");
        Assert.Contains(errors, e => e.Field == "zones[0].rates[1].code");
        Assert.Contains(errors, e => e.Field == "zones[0].rates[1].price");
        Assert.Contains(errors, e => e.Field == "zones[0].rates[1].tiers[0].upToKg");
        Assert.Contains(errors, e => e.Field == "pickup.offer");
        Assert.Contains(errors, e => e.Field == "pickup.locations[0].address");
    }
}
