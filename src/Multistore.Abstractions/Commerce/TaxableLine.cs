namespace Multistore.Commerce;

/// <summary>A line to tax: its SKU, tax class ("standard", "reduced", ...) and line total after discounts.</summary>
public sealed record TaxableLine(string Sku, string TaxClass, int Quantity, Money LineTotal);
