using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Modules;
using Multistore.Tenancy;

namespace Multistore.Shells;

/// <summary>
/// One tenant's running shell: its container, its pipeline, and a count of the requests inside it so a
/// released shell is disposed only after its last request has finished. Its background tasks stop when it is released
/// and are awaited before its container is disposed.
/// </summary>
internal sealed class ShellContext : IAsyncDisposable
{
    private int _activeRequests;
    private int _released;
    private int _disposed;
    private readonly TimeProvider _clock;
    private long _lastUsed;
    private ShellBackgroundTasks? _backgroundTasks;
    private readonly TaskCompletionSource _gone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private volatile TenantSettings _settings;

    public ShellContext(TenantSettings settings, IReadOnlyList<FeatureInfo> features, ServiceProvider services, TimeProvider clock)
    {
        _settings = settings;
        Features = features;
        Services = services;
        _clock = clock;
        _lastUsed = clock.GetTimestamp();
    }

    /// <summary>The registry entry the shell serves; a change of host names alone is adopted without a rebuild.</summary>
    public TenantSettings Settings => _settings;
    public IReadOnlyList<FeatureInfo> Features { get; }
    public ServiceProvider Services { get; }
    public RequestDelegate Pipeline { get; internal set; } = _ => Task.CompletedTask;
    public bool IsReleased => Volatile.Read(ref _released) == 1;
    public TimeSpan IdleFor => _clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));
    public int ActiveRequests => Volatile.Read(ref _activeRequests);

    /// <summary>
    /// The bytes allocated while this shell was built (<see cref="ShellBuildAllocations"/>): the usage page's estimate of
    /// the store's share of the node's memory while the shell runs. 0 for a shell built for setup.
    /// </summary>
    public long EstimatedBytes { get; internal set; }

    /// <summary>Completes when the shell is disposed: its last request has left and its background tasks have stopped.</summary>
    public Task Gone => _gone.Task;

    /// <summary>
    /// Takes a newer registry entry that differs from the running one in its host names only
    /// (<see cref="TenantChanges.OnlyHostsChanged"/>): requests are routed by the registry's table, and nothing the
    /// shell built depends on the host names, so the store keeps its container, caches and connections.
    /// </summary>
    internal bool TryAdopt(TenantSettings fresh)
    {
        var running = _settings;
        if (fresh.Version <= running.Version)
        {
            return true;
        }

        if (!TenantChanges.OnlyHostsChanged(running, fresh))
        {
            return false;
        }

        _settings = fresh;
        return true;
    }

    public bool HasFeature(string id) => Features.Any(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Starts the modules' background tasks; only a shell that serves requests runs them, a setup shell never does.</summary>
    internal void StartBackgroundTasks() => _backgroundTasks ??= ShellBackgroundTasks.Start(Settings.Name, Services, _clock);

    /// <summary>Counts a request in; false when the shell was released meanwhile and the caller must get a new one.</summary>
    public bool TryEnter()
    {
        Interlocked.Increment(ref _activeRequests);
        if (IsReleased)
        {
            Exit();
            return false;
        }

        Interlocked.Exchange(ref _lastUsed, _clock.GetTimestamp());
        return true;
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _activeRequests) == 0 && IsReleased)
        {
            _ = DisposeAsync().AsTask();
        }
    }

    /// <summary>No new requests enter; the shell is disposed when the last one inside leaves.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }

        ShellMetrics.Releases.Add(1, ShellMetrics.Tenant(Settings.Name));
        _backgroundTasks?.Stop();
        if (Volatile.Read(ref _activeRequests) == 0)
        {
            _ = DisposeAsync().AsTask();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Interlocked.Exchange(ref _released, 1);
        if (_backgroundTasks is not null)
        {
            await _backgroundTasks.DisposeAsync();
        }

        try
        {
            await Services.DisposeAsync();
        }
        finally
        {
            _gone.TrySetResult();
        }
    }
}
