using Microsoft.Extensions.Options;
using Multistore.Cart.Services;
using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// Totals of a cart shipped to an address: the coupon's discount spread over the lines (so tax is on what is
/// paid), shipping, the payment method's fee, and tax from the tenant's tax calculator (none enabled: no tax); the fee
/// is taxed with shipping, by the store's shipping tax rule.
/// </summary>
public sealed class CheckoutTotalsCalculator(IEnumerable<ITaxCalculator> taxCalculators, IOptions<CheckoutSettings> settings)
{
    private readonly ITaxCalculator? _tax = taxCalculators.LastOrDefault();

    public async Task<CheckoutTotals> CalculateAsync(CartView cart, Address shipTo, Money shipping, Money? paymentFee, CancellationToken cancellationToken)
    {
        var currency = cart.Currency;
        var discounts = Spread(cart.Discount, cart.Lines.Select(l => l.LineTotal).ToList());
        var taxable = cart.Lines.Select((l, i) => new TaxableLine(l.Sku, l.TaxClass, l.Quantity, l.LineTotal - discounts[i])).ToList();
        var fee = paymentFee ?? Money.Zero(currency);
        // The tax feature's own setting decides (Tax rules: its "Tax" settings group); without one, the checkout setting.
        var includes = _tax?.PricesIncludeTax ?? settings.Value.PricesIncludeTax;
        var tax = _tax is null
            ? new TaxResult([.. taxable.Select(_ => Money.Zero(currency))], Money.Zero(currency), Money.Zero(currency), includes, [])
            // The payment method's fee is a charge for the delivery of the order as shipping is: taxed by the same rule.
            : await _tax.CalculateAsync(new TaxRequest(taxable, shipping + fee, shipTo, includes, currency), cancellationToken);
        var taxTotal = tax.Total.Rounded();
        var grand = cart.Subtotal - cart.Discount + shipping + fee + (tax.Included ? Money.Zero(currency) : taxTotal);
        return new CheckoutTotals(cart.Subtotal, cart.Discount, shipping.Rounded(), fee.Rounded(), taxTotal, tax.Included, grand.Rounded(),
            discounts, [.. tax.LineTaxes.Select(t => t.Rounded())], tax.Breakdown);
    }

    /// <summary>Shares <paramref name="total"/> over <paramref name="weights"/> in proportion, rounded, the remainder on the last share.</summary>
    public static IReadOnlyList<Money> Spread(Money total, IReadOnlyList<Money> weights)
    {
        var sum = weights.Sum(w => w.Amount);
        if (weights.Count == 0 || sum == 0 || total.Amount == 0)
        {
            return [.. weights.Select(_ => Money.Zero(total.Currency))];
        }

        var shares = weights.Select(w => new Money(total.Amount * w.Amount / sum, total.Currency).Rounded()).ToList();
        shares[^1] = shares[^1] + (total - shares.Aggregate(Money.Zero(total.Currency), (a, b) => a + b));
        return shares;
    }
}
