using System.Collections.Concurrent;

namespace Multistore.Hosting;

/// <summary>
/// The last errors of each tenant, newest first, bounded per tenant so a noisy store cannot grow the node's
/// memory. A host singleton: a shell reads only its own tenant's entries.
/// </summary>
internal sealed class RecentErrors : IRecentErrors
{
    public const int PerTenant = IRecentErrors.PerTenant;

    private readonly ConcurrentDictionary<string, Queue<RecentError>> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string tenant, RecentError error)
    {
        var queue = _byTenant.GetOrAdd(tenant, _ => new Queue<RecentError>());
        lock (queue)
        {
            queue.Enqueue(error);
            while (queue.Count > PerTenant)
            {
                queue.Dequeue();
            }
        }
    }

    public IReadOnlyList<RecentError> Of(string tenant)
    {
        if (!_byTenant.TryGetValue(tenant, out var queue))
        {
            return [];
        }

        lock (queue)
        {
            return [.. queue.Reverse()];
        }
    }

    /// <summary>Forgets a removed tenant's entries.</summary>
    public void Forget(string tenant) => _byTenant.TryRemove(tenant, out _);
}
