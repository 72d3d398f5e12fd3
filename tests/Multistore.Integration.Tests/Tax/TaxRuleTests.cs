using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Tax;

public sealed class TaxRuleTests
{
    private const string EuRecipe = """
        {
          "name": "tax-eu",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Tax" ] },
            { "name": "tax", "pricesIncludeTax": true, "rules": [
              { "country": "SE", "name": "Moms", "rates": { "standard": 25, "reduced": 12 }, "shipping": "standard" },
              { "country": "DE", "name": "MwSt", "rates": { "standard": 19, "reduced": 7 }, "shipping": "standard" } ] }
          ]
        }
        """;

    private const string UsRecipe = """
        {
          "name": "tax-us",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Tax" ] },
            { "name": "tax", "pricesIncludeTax": false, "rules": [
              { "country": "US", "region": "NY", "name": "NY sales tax", "rates": { "standard": 8.875 } },
              { "country": "US", "region": "CA", "name": "CA sales tax", "rates": { "standard": 7.25, "groceries": 0 }, "shipping": "standard" } ] }
          ]
        }
        """;

    private static async Task<(TaxResult Result, bool StoreIncludesTax)> CalculateAsync(string recipe, TaxRequest request)
    {
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(recipe);
        await using var scope = await tenant.ScopeAsync();
        var calculator = scope.ServiceProvider.GetRequiredService<ITaxCalculator>();
        return (await calculator.CalculateAsync(request, CancellationToken.None), calculator.PricesIncludeTax);
    }

    private static TaxRequest Request(string currency, string country, string? region, bool included, decimal shipping, params (string TaxClass, decimal Total)[] lines) =>
        new([.. lines.Select((l, i) => new TaxableLine($"SKU-{i}", l.TaxClass, 1, new Money(l.Total, currency)))],
            new Money(shipping, currency), new Address { Country = country, Region = region }, included, currency);

    [Fact]
    public async Task SwedishVatIsTheIncludedShareOfEachPricePerTaxClass()
    {
        var (tax, includes) = await CalculateAsync(EuRecipe, Request("SEK", "SE", null, true, 49m, ("standard", 499m), ("reduced", 112m)));

        Assert.True(includes);
        Assert.True(tax.Included);
        Assert.Equal([new Money(99.80m, "SEK"), new Money(12.00m, "SEK")], tax.LineTaxes);
        Assert.Equal(new Money(9.80m, "SEK"), tax.ShippingTax);
        Assert.Equal(new Money(121.60m, "SEK"), tax.Total);
        Assert.Equal(new Money(109.60m, "SEK"), Assert.Single(tax.Breakdown, b => b.Rate == 25m).Amount);
        Assert.Equal(new Money(12.00m, "SEK"), Assert.Single(tax.Breakdown, b => b.Rate == 12m).Amount);
    }

    [Fact]
    public async Task GermanVatUsesGermanRatesRoundedToTheCent()
    {
        var (tax, _) = await CalculateAsync(EuRecipe, Request("EUR", "DE", null, true, 0m, ("standard", 99.99m), ("reduced", 10.70m)));

        Assert.Equal([new Money(15.96m, "EUR"), new Money(0.70m, "EUR")], tax.LineTaxes);
        Assert.Equal(new Money(16.66m, "EUR"), tax.Total);
    }

    [Fact]
    public async Task UsSalesTaxIsAddedByStateRoundedHalfUpAndShippingIsTaxedOnlyWhereTheStateSaysSo()
    {
        var (newYork, includes) = await CalculateAsync(UsRecipe, Request("USD", "US", "NY", false, 10m, ("standard", 100m)));
        var (california, _) = await CalculateAsync(UsRecipe, Request("USD", "US", "ca", false, 10m, ("standard", 100m), ("groceries", 20m)));
        var (oregon, _) = await CalculateAsync(UsRecipe, Request("USD", "US", "OR", false, 10m, ("standard", 100m)));

        Assert.False(includes);
        Assert.False(newYork.Included);
        Assert.Equal(new Money(8.88m, "USD"), newYork.Total);
        Assert.Equal(new Money(0m, "USD"), newYork.ShippingTax);
        Assert.Equal([new Money(7.25m, "USD"), new Money(0m, "USD")], california.LineTaxes);
        Assert.Equal(new Money(0.73m, "USD"), california.ShippingTax);
        Assert.Equal(new Money(7.98m, "USD"), california.Total);
        Assert.Equal(new Money(0m, "USD"), oregon.Total);
        Assert.Empty(oregon.Breakdown);
    }
}
