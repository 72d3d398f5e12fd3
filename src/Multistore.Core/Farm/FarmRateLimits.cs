using System.Threading.RateLimiting;
using Multistore.Tenancy;

namespace Multistore.Farm;

/// <summary>
/// The store's <see cref="IFarmRateLimits"/>: in memory on a single node, in Redis on a farm, where a window's key is
/// <c>multistore:{tenant}:rl:{purpose}:{key}</c> (RedisRateLimiting wraps it as <c>rl:fw:{…}</c>), so one store's counts
/// never touch another's.
/// </summary>
internal sealed class FarmRateLimits(TenantSettings tenant, FarmRedis redis) : IFarmRateLimits
{
    public RateLimitPartition<string> FixedWindow(string purpose, string key, int permits, TimeSpan window)
    {
        permits = Math.Max(1, permits);
        window = window > TimeSpan.Zero ? window : TimeSpan.FromMinutes(1);
        if (!redis.IsConfigured)
        {
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            });
        }

        var shared = $"multistore:{tenant.Name}:rl:{purpose}:{key}";
        return RateLimitPartition.Get(key, _ => new FarmFixedWindowLimiter(redis, shared, permits, window));
    }
}
