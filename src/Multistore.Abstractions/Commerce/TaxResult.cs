namespace Multistore.Commerce;

/// <summary>
/// The tax of each line (same order as asked) and of shipping. When prices include tax, <see cref="Included"/>
/// is true and the amounts are the part of the price that is tax; otherwise they are added to the total.
/// </summary>
public sealed record TaxResult(IReadOnlyList<Money> LineTaxes, Money ShippingTax, Money Total, bool Included, IReadOnlyList<TaxBreakdown> Breakdown);

/// <summary>One rate's share of the tax, for receipts: "VAT 19%: 15.97 EUR".</summary>
public sealed record TaxBreakdown(string Name, decimal Rate, Money Amount);
