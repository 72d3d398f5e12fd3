namespace Multistore.Tax.Domain;

/// <summary>
/// The rate of one tax class in one country, or one region of it (a US state). <see cref="Region"/> is empty
/// for the whole country. <see cref="Rate"/> is a percentage: 25 for Swedish standard VAT, 8.875 for New York.
/// </summary>
internal sealed class TaxRate
{
    public string Country { get; set; } = "";
    public string Region { get; set; } = "";
    public string TaxClass { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal Rate { get; set; }

    /// <summary>Shipping is taxed at this class's rate in this country or region (one class at most).</summary>
    public bool AppliesToShipping { get; set; }
}
