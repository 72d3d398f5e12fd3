namespace Multistore.Commerce;

/// <summary>
/// What tax is asked about. <see cref="PricesIncludeTax"/> says whether line totals already hold the tax
/// (EU-style VAT-inclusive prices) or tax comes on top (US sales tax).
/// </summary>
public sealed record TaxRequest(
    IReadOnlyList<TaxableLine> Lines,
    Money Shipping,
    Address ShipTo,
    bool PricesIncludeTax,
    string Currency);
