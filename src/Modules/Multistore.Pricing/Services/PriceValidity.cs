namespace Multistore.Pricing.Services;

/// <summary>
/// Until when the prices read in this scope (one request) stay as they are: the earliest start or end of a
/// scheduled price of the SKUs priced "now". A page cache keeps such a page no longer than this; null when no
/// scheduled price of those SKUs lies ahead.
/// </summary>
public sealed class PriceValidity
{
    public DateTime? UntilUtc { get; private set; }

    public void Limit(DateTime utc)
    {
        if (UntilUtc is null || utc < UntilUtc)
        {
            UntilUtc = utc;
        }
    }
}
