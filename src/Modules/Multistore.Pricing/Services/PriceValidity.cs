namespace Multistore.Pricing.Services;

/// <summary>
/// Which SKUs were priced "now" in this scope (one request), and until when those prices stay as they are: the
/// earliest start or end of a scheduled price of those SKUs. A page cache tags such a page with the SKUs, so a price
/// change evicts exactly the pages that show it, and keeps it no longer than <see cref="UntilUtc"/>; null when no
/// scheduled price of those SKUs lies ahead.
/// </summary>
public sealed class PriceValidity
{
    private readonly HashSet<string> _skus = new(StringComparer.OrdinalIgnoreCase);

    public DateTime? UntilUtc { get; private set; }

    public IReadOnlyCollection<string> Skus => _skus;

    public void Priced(IEnumerable<string> skus) => _skus.UnionWith(skus);

    public void Limit(DateTime utc)
    {
        if (UntilUtc is null || utc < UntilUtc)
        {
            UntilUtc = utc;
        }
    }
}
