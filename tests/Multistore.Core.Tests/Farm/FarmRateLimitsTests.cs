using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Multistore.Farm;
using Multistore.Tenancy;

namespace Multistore.Core.Tests.Farm;

/// <summary>
/// Two nodes' <see cref="FarmRateLimits"/> for one store: in memory each grants the allowance; on one Redis they grant it
/// once between them; on a Redis that does not answer (nothing listens on 127.0.0.1:1) each counts on its own again,
/// refuses with Retry-After and says so once. The store's name is new in every test, so runs never share counts.
/// </summary>
public sealed class FarmRateLimitsTests
{
    private const int Permits = 3;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    [Fact]
    public async Task WithoutRedisEachNodeCountsItsOwn()
    {
        var tenant = NewTenant();
        await using var nodeA = Redis(null);
        await using var nodeB = Redis(null);

        Assert.Equal(Permits, await GrantedAsync(new FarmRateLimits(tenant, nodeA), "198.51.100.1", Permits + 1));
        Assert.Equal(Permits, await GrantedAsync(new FarmRateLimits(tenant, nodeB), "198.51.100.1", Permits + 1));
    }

    [Fact]
    public async Task TwoNodesOnOneRedisGrantTheAllowanceOnceBetweenThem()
    {
        var tenant = NewTenant();
        await using var nodeA = Redis("127.0.0.1:6379");
        await using var nodeB = Redis("127.0.0.1:6379");
        using var onA = Limiter(new FarmRateLimits(tenant, nodeA));
        using var onB = Limiter(new FarmRateLimits(tenant, nodeB));

        for (var i = 0; i < Permits; i++)
        {
            using var lease = await (i % 2 == 0 ? onA : onB).AcquireAsync("198.51.100.2");
            Assert.True(lease.IsAcquired);
        }

        using var refused = await onB.AcquireAsync("198.51.100.2");

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), Window);
        using var otherStore = Limiter(new FarmRateLimits(NewTenant(), nodeA));
        using var elsewhere = await otherStore.AcquireAsync("198.51.100.2");
        Assert.True(elsewhere.IsAcquired);
    }

    [Fact]
    public async Task ANodeWhoseRedisIsDownCountsOnItsOwnAndSaysSoOnce()
    {
        var log = new WarningCount();
        await using var node = new FarmRedis(Configuration("127.0.0.1:1"), log);
        using var limiter = Limiter(new FarmRateLimits(NewTenant(), node));

        for (var i = 0; i < Permits; i++)
        {
            using var lease = await limiter.AcquireAsync("198.51.100.3");
            Assert.True(lease.IsAcquired);
        }

        using var refused = await limiter.AcquireAsync("198.51.100.3");

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero);
        Assert.Equal(1, log.Warnings);
    }

    private static TenantSettings NewTenant() => new() { Name = "t" + Guid.NewGuid().ToString("N")[..10] };

    private static FarmRedis Redis(string? connection) => new(Configuration(connection), new WarningCount());

    private static IConfiguration Configuration(string? redis) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [FarmConfiguration.Redis] = redis }).Build();

    private static PartitionedRateLimiter<string> Limiter(FarmRateLimits limits) =>
        PartitionedRateLimiter.Create<string, string>(key => limits.FixedWindow("test", key, Permits, Window));

    private static async Task<int> GrantedAsync(FarmRateLimits limits, string key, int attempts)
    {
        using var limiter = Limiter(limits);
        var granted = 0;
        for (var i = 0; i < attempts; i++)
        {
            using var lease = await limiter.AcquireAsync(key);
            granted += lease.IsAcquired ? 1 : 0;
        }

        return granted;
    }

    private sealed class WarningCount : ILogger<FarmRedis>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings++;
            }
        }
    }
}
