using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Tax;
using Multistore.Tax.Domain;
using Multistore.Tax.Services;
using Multistore.Tax.Settings;

namespace Multistore.Modules.Tests.Tax.Services;

public sealed class TaxRuleCalculatorTests : IDisposable
{
    private readonly SqliteInMemory<TaxDbContext> _database = new(options => new TaxDbContext(options));

    public TaxRuleCalculatorTests() => _database.Seed(
        Rate("DE", "", "standard", "VAT", 19m, shipping: true),
        Rate("DE", "", "reduced", "VAT", 7m),
        Rate("SE", "", "standard", "Moms", 25m, shipping: true),
        Rate("US", "NY", "standard", "NY sales tax", 8.875m),
        Rate("US", "", "standard", "Federal", 0m),
        Rate("GB", "", "standard", "VAT", 20m));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TaxOnTopIsTheRateOfTheLineTotal()
    {
        var result = await Calculate("SE", null, included: false, Line("standard", 100m));

        Assert.Equal(new Money(25m, "EUR"), result.LineTaxes[0]);
        Assert.False(result.Included);
    }

    [Fact]
    public async Task IncludedTaxIsThePartOfThePriceThatIsTax()
    {
        var result = await Calculate("DE", null, included: true, Line("standard", 119m));

        Assert.Equal(new Money(19m, "EUR"), result.LineTaxes[0]);
        Assert.True(result.Included);
    }

    [Fact]
    public async Task EachLineIsTaxedAtItsClassAndTheTotalIsTheSumOfRoundedLineTaxes()
    {
        var result = await Calculate("DE", null, included: false, Line("standard", 10.05m), Line("reduced", 10.05m));

        Assert.Equal([new Money(1.91m, "EUR"), new Money(0.70m, "EUR")], result.LineTaxes);
        Assert.Equal(new Money(2.61m, "EUR"), result.Total);
    }

    [Fact]
    public async Task AClassTheDestinationDoesNotListIsTaxedAtItsStandardRate()
    {
        var result = await Calculate("DE", null, included: false, Line("luxury", 100m));

        Assert.Equal(new Money(19m, "EUR"), result.LineTaxes[0]);
    }

    [Fact]
    public async Task ARegionWithRatesOfItsOwnUsesThemInsteadOfTheCountrys()
    {
        var newYork = await Calculate("US", "ny", included: false, Line("standard", 100m));
        var texas = await Calculate("US", "TX", included: false, Line("standard", 100m));

        Assert.Equal(new Money(8.88m, "EUR"), newYork.LineTaxes[0]);
        Assert.Equal(Money.Zero("EUR"), texas.LineTaxes[0]);
    }

    [Fact]
    public async Task ACountryWithoutRulesIsNotTaxed()
    {
        var result = await Calculate("JP", null, included: false, Line("standard", 100m));

        Assert.Equal(Money.Zero("EUR"), result.Total);
        Assert.Empty(result.Breakdown);
    }

    [Fact]
    public async Task ShippingIsTaxedOnlyWhereAClassIsMarkedForIt()
    {
        var germany = await Calculate("DE", null, included: false, 10m, "EUR", Line("reduced", 100m));
        var britain = await Calculate("GB", null, included: false, 10m, "EUR", Line("standard", 100m));

        Assert.Equal(new Money(1.90m, "EUR"), germany.ShippingTax);
        Assert.Equal(new Money(8.90m, "EUR"), germany.Total);
        Assert.Equal(Money.Zero("EUR"), britain.ShippingTax);
        Assert.Equal(new Money(20m, "EUR"), britain.Total);
    }

    [Fact]
    public async Task TheBreakdownGroupsTaxByRateForTheReceipt()
    {
        var result = await Calculate("DE", null, included: false, 10m, "EUR", Line("standard", 100m), Line("reduced", 50m), Line("standard", 50m));

        Assert.Equal(
            [new TaxBreakdown("VAT", 19m, new Money(30.40m, "EUR")), new TaxBreakdown("VAT", 7m, new Money(3.50m, "EUR"))],
            result.Breakdown.OrderByDescending(b => b.Rate));
    }

    [Fact]
    public async Task TaxIsRoundedToTheCurrencysMinorUnit()
    {
        var result = await Calculate("SE", null, included: false, 0m, "JPY", Line("standard", 1001m, "JPY"));

        Assert.Equal(new Money(250m, "JPY"), result.LineTaxes[0]);
    }

    [Fact]
    public async Task TheCalculatorSaysWhetherTheStoresPricesIncludeTax()
    {
        using var db = _database.NewContext();

        Assert.True(new TaxRuleCalculator(db, Options.Create(new TaxSettings { PricesIncludeTax = true })).PricesIncludeTax);
        Assert.False(new TaxRuleCalculator(db, Options.Create(new TaxSettings())).PricesIncludeTax);
    }

    private Task<TaxResult> Calculate(string country, string? region, bool included, params TaxableLine[] lines) =>
        Calculate(country, region, included, 0m, "EUR", lines);

    private async Task<TaxResult> Calculate(string country, string? region, bool included, decimal shipping, string currency, params TaxableLine[] lines)
    {
        using var db = _database.NewContext();
        var calculator = new TaxRuleCalculator(db, Options.Create(new TaxSettings { PricesIncludeTax = included }));
        var request = new TaxRequest(lines, new Money(shipping, currency), new Address { Country = country, Region = region }, included, currency);
        return await calculator.CalculateAsync(request, CancellationToken.None);
    }

    private static TaxableLine Line(string taxClass, decimal total, string currency = "EUR") => new("SKU-" + taxClass, taxClass, 1, new Money(total, currency));

    private static TaxRate Rate(string country, string region, string taxClass, string name, decimal rate, bool shipping = false) =>
        new() { Country = country, Region = region, TaxClass = taxClass, Name = name, Rate = rate, AppliesToShipping = shipping };
}
