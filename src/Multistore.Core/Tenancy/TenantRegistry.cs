using Microsoft.EntityFrameworkCore;

namespace Multistore.Tenancy;

/// <summary>
/// The in-memory map of every tenant, an immutable snapshot swapped on change so request resolution
/// never takes a lock or touches the database.
/// </summary>
internal sealed class TenantRegistry(TenantStore store) : IDisposable, ITenantCatalog
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile Snapshot _snapshot = new([]);

    /// <summary>Raised after a tenant was added, changed or removed; the argument is its name.</summary>
    public event Action<string>? Changed;

    public IReadOnlyCollection<TenantSettings> All => _snapshot.All;

    public TenantSettings? Find(string name) => _snapshot.ByName.GetValueOrDefault(name);

    public TenantMatch? Resolve(string host, string path) => _snapshot.Resolver.Resolve(host, path);

    public TenantSettings? FindByHost(string host) =>
        _snapshot.ByName.Values.FirstOrDefault(t => t.Hosts.Any(h => HostNames.Same(h, host)));

    /// <summary>Reloads from the host database and reports every tenant whose version moved.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        List<string> changed;
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // Loaded under the lock: a save cannot slip between this read and the swap and be lost.
            var tenants = await store.LoadAllAsync(cancellationToken);
            var old = _snapshot.ByName;
            var fresh = new Snapshot(tenants);
            changed = [.. fresh.ByName.Values.Where(t => !old.TryGetValue(t.Name, out var was) || was.Version != t.Version).Select(t => t.Name)
                .Concat(old.Keys.Where(name => !fresh.ByName.ContainsKey(name)))];
            _snapshot = fresh;
        }
        finally
        {
            _writeLock.Release();
        }

        foreach (var name in changed)
        {
            Changed?.Invoke(name);
        }
    }

    /// <summary>Stores a new or changed tenant; fails when its version is stale.</summary>
    public async Task<TenantSettings> SaveAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        TenantSettings saved;
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            saved = await store.SaveAsync(tenant, cancellationToken);
            _snapshot = _snapshot.With(saved);
        }
        finally
        {
            _writeLock.Release();
        }

        Changed?.Invoke(saved.Name);
        return saved;
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await store.DeleteAsync(name, cancellationToken);
            _snapshot = _snapshot.Without(name);
        }
        finally
        {
            _writeLock.Release();
        }

        Changed?.Invoke(name);
    }

    /// <summary>Saves with a fresh read of the version, for callers that change one field of the current state.</summary>
    public async Task<TenantSettings> UpdateAsync(string name, Func<TenantSettings, TenantSettings> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await store.FindAsync(name, cancellationToken)
                ?? throw new InvalidOperationException($"Tenant '{name}' does not exist.");
            try
            {
                return await SaveAsync(change(current), cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Someone else changed it between our read and our write: read again.
            }
        }
    }

    public void Dispose() => _writeLock.Dispose();

    private sealed class Snapshot
    {
        public Snapshot(IEnumerable<TenantSettings> tenants)
        {
            ByName = tenants.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
            All = [.. ByName.Values];
            Resolver = new TenantResolver(All);
        }

        public IReadOnlyCollection<TenantSettings> All { get; }

        public IReadOnlyDictionary<string, TenantSettings> ByName { get; }
        public TenantResolver Resolver { get; }

        public Snapshot With(TenantSettings tenant) =>
            new(ByName.Values.Where(t => !string.Equals(t.Name, tenant.Name, StringComparison.OrdinalIgnoreCase)).Append(tenant));

        public Snapshot Without(string name) =>
            new(ByName.Values.Where(t => !string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)));
    }
}
