namespace Multistore.Tax.Domain;

/// <summary>How a tax class finds its rate among a destination's rates.</summary>
internal static class TaxRateTable
{
    public const string Standard = "standard";

    /// <summary>
    /// The class's own rate; a class the destination does not list falls back to its standard rate, because
    /// charging standard tax on an unknown class is the error a tax authority forgives, not the reverse.
    /// Exempt goods get a class with rate 0.
    /// </summary>
    public static TaxRate? ForClass(IReadOnlyList<TaxRate> rates, string taxClass) =>
        rates.FirstOrDefault(r => string.Equals(r.TaxClass, taxClass, StringComparison.OrdinalIgnoreCase))
        ?? rates.FirstOrDefault(r => r.TaxClass == Standard);
}
