using System.Diagnostics;
using System.Threading.RateLimiting;
using RedisRateLimiting;

namespace Multistore.Farm;

/// <summary>
/// One partition's fixed window counted in Redis by RedisRateLimiting, and counted on this node while Redis cannot be
/// reached: a sign-in door stays shut to an attacker during an outage, and no shopper is refused because Redis is away.
/// Its refused leases carry <see cref="MetadataName.RetryAfter"/> as a <see cref="TimeSpan"/>, as the in-memory limiter's
/// do (RedisRateLimiting's own carry whole seconds under a name of its own).
/// </summary>
internal sealed class FarmFixedWindowLimiter(FarmRedis redis, string key, int permits, TimeSpan window) : RateLimiter
{
    private static readonly RateLimitLease Unanswered = new FarmRateLimitLease(false, null);

    private RedisFixedWindowRateLimiter<string>? _shared;
    private FixedWindowRateLimiter? _local;
    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>Idle once a window has passed unused: the count lives in Redis, so the partition may be dropped.</summary>
    public override TimeSpan? IdleDuration =>
        Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed)) is var idle && idle >= window ? idle : null;

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Redis answers asynchronously only: a caller that tries synchronously is sent to <see cref="AcquireAsyncCore"/>, as ASP.NET Core's middleware does.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Unanswered;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        try
        {
            using var lease = await (await SharedAsync().ConfigureAwait(false)).AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
            redis.Answered();
            return lease.IsAcquired
                ? new FarmRateLimitLease(true, null)
                : new FarmRateLimitLease(false, lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(Math.Max(1, seconds)) : window);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            redis.Failed(error);
            return await Local().AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared?.Dispose();
            _local?.Dispose();
        }

        base.Dispose(disposing);
    }

    private async ValueTask<RedisFixedWindowRateLimiter<string>> SharedAsync()
    {
        if (_shared is { } shared)
        {
            return shared;
        }

        var connection = await redis.ConnectionAsync().ConfigureAwait(false);
        var created = new RedisFixedWindowRateLimiter<string>(key, new RedisFixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            ConnectionMultiplexerFactory = () => connection,
        });
        if (Interlocked.CompareExchange(ref _shared, created, null) is { } raced)
        {
            created.Dispose();
            return raced;
        }

        return created;
    }

    private FixedWindowRateLimiter Local()
    {
        if (_local is { } local)
        {
            return local;
        }

        var created = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
        if (Interlocked.CompareExchange(ref _local, created, null) is { } raced)
        {
            created.Dispose();
            return raced;
        }

        return created;
    }
}
