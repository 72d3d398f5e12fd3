using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Multistore.Farm;

/// <summary>
/// The node's one connection to the farm's Redis (<c>Multistore:Redis</c>) for the stores' rate limits, opened on first
/// use and closed with the host: a node with a thousand stores holds one connection, not a thousand. It fails fast when
/// Redis is away (no retry backlog, short timeouts), so a limiter falls back to the node at once instead of holding the
/// request; it reports the outage once and the recovery once.
/// </summary>
internal sealed class FarmRedis : IAsyncDisposable, IDisposable
{
    private readonly ILogger<FarmRedis> _logger;
    private readonly Lazy<Task<ConnectionMultiplexer>>? _connection;
    private int _down;

    public FarmRedis(IConfiguration configuration, ILogger<FarmRedis> logger)
    {
        _logger = logger;
        if (configuration[FarmConfiguration.Redis] is { Length: > 0 } value)
        {
            _connection = new(() => ConnectAsync(value));
        }
    }

    public bool IsConfigured => _connection is not null;

    public async Task<IConnectionMultiplexer> ConnectionAsync() =>
        await (_connection ?? throw new InvalidOperationException($"{FarmConfiguration.Redis} is not configured.")).Value.ConfigureAwait(false);

    public void Answered()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            _logger.LogInformation("Redis answers again: the stores' rate limits count across the farm.");
        }
    }

    public void Failed(Exception error)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            _logger.LogWarning(error, "Redis cannot be reached: each node counts the stores' rate limits on its own until it answers.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { IsValueCreated: true } && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A container disposed synchronously refuses a service that is only <see cref="IAsyncDisposable"/>.</summary>
    public void Dispose()
    {
        if (_connection is { IsValueCreated: true } && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }

    private static Task<ConnectionMultiplexer> ConnectAsync(string value)
    {
        var options = ConfigurationOptions.Parse(value);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 2000);
        return ConnectionMultiplexer.ConnectAsync(options);
    }
}
