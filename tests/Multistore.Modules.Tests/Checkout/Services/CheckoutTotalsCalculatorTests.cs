using Microsoft.Extensions.Options;
using Multistore.Cart.Services;
using Multistore.Checkout.Services;
using Multistore.Commerce;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Tax;
using Multistore.Tax.Domain;
using Multistore.Tax.Services;
using Multistore.Tax.Settings;

namespace Multistore.Modules.Tests.Checkout.Services;

public sealed class CheckoutTotalsCalculatorTests : IDisposable
{
    private static readonly Address Berlin = new() { Country = "DE", City = "Berlin" };

    private readonly SqliteInMemory<TaxDbContext> _tax = new(options => new TaxDbContext(options));

    public CheckoutTotalsCalculatorTests() => _tax.Seed(
        new TaxRate { Country = "DE", TaxClass = "standard", Name = "MwSt.", Rate = 19m, AppliesToShipping = true },
        new TaxRate { Country = "DE", TaxClass = "reduced", Name = "MwSt.", Rate = 7m });

    public void Dispose() => _tax.Dispose();

    [Fact]
    public void ADiscountIsSpreadOverTheLinesInProportionWithTheRemainderOnTheLast()
    {
        var shares = CheckoutTotalsCalculator.Spread(Eur(10m), [Eur(10m), Eur(10m), Eur(10m)]);

        Assert.Equal([Eur(3.33m), Eur(3.33m), Eur(3.34m)], shares);
    }

    [Fact]
    public void NothingToSpreadOrNothingToWeighGivesZeroShares()
    {
        Assert.Equal([Eur(0m), Eur(0m)], CheckoutTotalsCalculator.Spread(Eur(0m), [Eur(5m), Eur(5m)]));
        Assert.Equal([Eur(0m)], CheckoutTotalsCalculator.Spread(Eur(5m), [Eur(0m)]));
        Assert.Empty(CheckoutTotalsCalculator.Spread(Eur(5m), []));
    }

    [Fact]
    public async Task WithoutATaxFeatureTheGrandTotalIsGoodsLessDiscountPlusShippingAndFee()
    {
        var totals = await Calculator(withTax: false).CalculateAsync(Cart(discount: 10m, Line("standard", 100m)), Berlin, Eur(4.90m), Eur(1.50m), CancellationToken.None);

        Assert.Equal(Eur(96.40m), totals.Grand);
        Assert.Equal(Eur(0m), totals.Tax);
    }

    [Fact]
    public async Task TaxIsOnWhatIsPaidAfterTheDiscountAndIncludedPricesAddNothing()
    {
        var totals = await Calculator(withTax: true, pricesIncludeTax: true).CalculateAsync(
            Cart(discount: 11.90m, Line("standard", 119m)), Berlin, Eur(0m), null, CancellationToken.None);

        Assert.True(totals.TaxIncluded);
        Assert.Equal([Eur(11.90m)], totals.LineDiscounts);
        Assert.Equal(Eur(17.10m), totals.Tax);
        Assert.Equal(Eur(107.10m), totals.Grand);
    }

    [Fact]
    public async Task TaxOnTopIsAddedAndTheFeeIsTaxedLikeShipping()
    {
        var totals = await Calculator(withTax: true, pricesIncludeTax: false).CalculateAsync(
            Cart(discount: 0m, Line("reduced", 100m)), Berlin, Eur(5m), Eur(5m), CancellationToken.None);

        Assert.False(totals.TaxIncluded);
        Assert.Equal(Eur(8.90m), totals.Tax);
        Assert.Equal(Eur(118.90m), totals.Grand);
        Assert.Equal([Eur(7m)], totals.LineTaxes);
    }

    private CheckoutTotalsCalculator Calculator(bool withTax, bool pricesIncludeTax = true)
    {
        ITaxCalculator[] calculators = withTax
            ? [new TaxRuleCalculator(_tax.NewContext(), Options.Create(new TaxSettings { PricesIncludeTax = pricesIncludeTax }))]
            : [];
        return new CheckoutTotalsCalculator(calculators, Options.Create(new CheckoutSettings()));
    }

    private static CartView Cart(decimal discount, params CartLineView[] lines)
    {
        var subtotal = lines.Aggregate(Eur(0m), (sum, l) => sum + l.LineTotal);
        return new CartView(Guid.NewGuid(), null, Touchpoints.Web, "EUR", lines, subtotal, Eur(discount), subtotal - Eur(discount), null, []);
    }

    private static CartLineView Line(string taxClass, decimal total) =>
        new("SKU-" + taxClass, taxClass, "sku-" + taxClass, 1, Eur(total), Eur(total), null, 1m, taxClass);

    private static Money Eur(decimal amount) => new(amount, "EUR");
}
