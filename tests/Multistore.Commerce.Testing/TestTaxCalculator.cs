namespace Multistore.Commerce.Testing;

/// <summary>19% VAT inside prices when they include tax; 10% sales tax on top when they do not.</summary>
public sealed class TestTaxCalculator : ITaxCalculator
{
    /// <summary>The test stores sell at prices that include VAT, like the EU stores.</summary>
    public bool PricesIncludeTax => true;

    public Task<TaxResult> CalculateAsync(TaxRequest request, CancellationToken cancellationToken)
    {
        var rate = request.PricesIncludeTax ? 0.19m : 0.10m;
        Money Tax(Money amount) => (request.PricesIncludeTax ? amount * (rate / (1 + rate)) : amount * rate).Rounded();
        var lines = request.Lines.Select(l => Tax(l.LineTotal)).ToList();
        var shipping = Tax(request.Shipping);
        var total = lines.Aggregate(shipping, (sum, t) => sum + t);
        return Task.FromResult(new TaxResult(lines, shipping, total, request.PricesIncludeTax, [new TaxBreakdown(request.PricesIncludeTax ? "VAT" : "Sales tax", rate, total)]));
    }
}
