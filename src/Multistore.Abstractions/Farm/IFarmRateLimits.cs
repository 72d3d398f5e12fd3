using System.Threading.RateLimiting;

namespace Multistore.Farm;

/// <summary>
/// The store's fixed-window rate limits, counted where every node of the farm sees them. With <c>Multistore:Redis</c>
/// configured a window counts in Redis under the store's name and the limit's purpose, so a client that a balancer sends
/// to every node in turn gets the allowance once; one node counts in its own memory. While Redis cannot be reached each
/// node counts on its own again, so a limit is never lifted and no store stops answering. A refused lease carries
/// <see cref="MetadataName.RetryAfter"/>.
/// </summary>
public interface IFarmRateLimits
{
    /// <summary>
    /// The partition for <paramref name="key"/> (a client address, an account's hash) of the limit named
    /// <paramref name="purpose"/>: <paramref name="permits"/> in each <paramref name="window"/>, no queue. Acquire its
    /// permits with <c>AcquireAsync</c>: the farm's limiter answers only asynchronously.
    /// </summary>
    RateLimitPartition<string> FixedWindow(string purpose, string key, int permits, TimeSpan window);
}
