using System.Collections.Concurrent;
using Multistore.Tenancy;

namespace Multistore.Shells;

/// <summary>
/// The running shells, one per tenant, each built once on its first request: concurrent first requests
/// wait for the same build. A release takes the shell out; requests inside it finish there.
/// </summary>
internal sealed class ShellHost : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ShellContext>>> _shells = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every built shell until it is disposed, released ones included: what <see cref="DrainAsync"/> waits for.</summary>
    private readonly ConcurrentDictionary<ShellContext, bool> _live = new();
    private readonly ShellContextFactory _factory;
    private readonly TenantRegistry _registry;

    public ShellHost(ShellContextFactory factory, TenantRegistry registry)
    {
        _factory = factory;
        _registry = registry;
        registry.Changed += OnTenantChanged;
    }

    public IEnumerable<ShellContext> RunningShells =>
        _shells.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully).Select(l => l.Value.Result);

    public bool IsRunning(string name) => Running(name) is not null;

    /// <summary>The tenant's shell if it is built and running, without building it.</summary>
    public ShellContext? Running(string name) =>
        _shells.TryGetValue(name, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully ? lazy.Value.Result : null;

    public async Task<ShellContext> GetAsync(TenantSettings tenant)
    {
        while (true)
        {
            var lazy = _shells.GetOrAdd(tenant.Name, _ => new Lazy<Task<ShellContext>>(
                () => BuildAsync(tenant), LazyThreadSafetyMode.ExecutionAndPublication));
            ShellContext shell;
            try
            {
                shell = await lazy.Value;
            }
            catch
            {
                // A failed build is not kept: the next request tries again.
                _shells.TryRemove(new KeyValuePair<string, Lazy<Task<ShellContext>>>(tenant.Name, lazy));
                throw;
            }

            if (!shell.IsReleased && shell.TryAdopt(tenant))
            {
                return shell;
            }

            if (_shells.TryRemove(new KeyValuePair<string, Lazy<Task<ShellContext>>>(tenant.Name, lazy)))
            {
                shell.Release();
            }
        }
    }

    /// <summary>
    /// Completes when every shell of the tenant built so far is disposed: the requests inside have left and the background
    /// tasks have stopped. A request admitted after the tenant's state changed sees the change (<see cref="Hosting.TenantMiddleware"/>
    /// checks the registry again once inside a shell), so after a change that closes the store this is the last write to its database.
    /// </summary>
    public Task DrainAsync(string name) =>
        Task.WhenAll(_live.Keys.Where(s => string.Equals(s.Settings.Name, name, StringComparison.OrdinalIgnoreCase)).Select(s => s.Gone));

    private async Task<ShellContext> BuildAsync(TenantSettings tenant)
    {
        var shell = await _factory.CreateAsync(tenant, CancellationToken.None);
        _live[shell] = true;
        _ = shell.Gone.ContinueWith(_ => _live.TryRemove(shell, out var _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return shell;
    }

    /// <summary>
    /// A tenant was added, changed or removed (here or on another node): a running shell adopts a change of host names
    /// alone, since the registry's route table already carries it; any other change releases the shell.
    /// </summary>
    private void OnTenantChanged(string name)
    {
        if (Running(name) is { } shell && _registry.Find(name) is { } fresh && shell.TryAdopt(fresh))
        {
            return;
        }

        Release(name);
    }

    /// <summary>Takes the tenant's shell out; the next request builds a new one.</summary>
    public void Release(string name)
    {
        if (!_shells.TryRemove(name, out var lazy))
        {
            return;
        }

        if (!lazy.IsValueCreated)
        {
            return;
        }

        _ = lazy.Value.ContinueWith(
            built => built.Result.Release(),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in _shells.Keys.ToList())
        {
            if (_shells.TryRemove(name, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
            {
                await lazy.Value.Result.DisposeAsync();
            }
        }
    }
}
