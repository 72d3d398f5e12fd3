using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// What an order costs, every amount rounded to the store currency. When <see cref="TaxIncluded"/> the tax is the
/// part of the prices that is tax; otherwise it is added to <see cref="Grand"/>.
/// </summary>
public sealed record CheckoutTotals(
    Money Items,
    Money Discount,
    Money Shipping,
    Money PaymentFee,
    Money Tax,
    bool TaxIncluded,
    Money Grand,
    IReadOnlyList<Money> LineDiscounts,
    IReadOnlyList<Money> LineTaxes,
    IReadOnlyList<TaxBreakdown> TaxBreakdown);
