using System.Threading.RateLimiting;

namespace Multistore.Farm;

/// <summary>A lease of <see cref="FarmFixedWindowLimiter"/>: a refusal says how long to wait, as <see cref="MetadataName.RetryAfter"/>.</summary>
internal sealed class FarmRateLimitLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
{
    public override bool IsAcquired => acquired;

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }
}
