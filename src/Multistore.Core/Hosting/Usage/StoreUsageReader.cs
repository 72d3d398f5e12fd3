using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Hosting.Usage;

/// <summary>
/// The usage page's figures: the recorded series of every active store with its sizes and its running shell's estimated
/// memory, shares over all of them.
/// </summary>
internal sealed class StoreUsageReader(StoreUsageRecorder recorder, StoreStorageSizes sizes, TenantRegistry registry, ShellHost shells) : IStoreUsage
{
    public async Task<IReadOnlyList<StoreUsage>> ReadAsync(CancellationToken cancellationToken)
    {
        var now = recorder.Now;
        var stores = recorder.Active(now).Select(s => (Name: s.Key, Hour: s.Value.LastHour(now), Day: s.Value.LastDay(now))).ToList();
        var hourRequests = stores.Sum(s => s.Hour.Requests);
        var dayRequests = stores.Sum(s => s.Day.Requests);
        var usage = new List<StoreUsage>(stores.Count);
        foreach (var (name, hour, day) in stores)
        {
            var tenant = registry.Find(name);
            var read = tenant is null ? null : await sizes.ReadAsync(tenant, cancellationToken);
            usage.Add(new StoreUsage(tenant?.Name ?? name,
                hour.ToWindow(hourRequests, TimeSpan.FromHours(1)),
                day.ToWindow(dayRequests, TimeSpan.FromDays(1)),
                read?.DatabaseBytes, read?.SearchIndexBytes)
            {
                ShellMemoryEstimatedBytes = shells.Running(name)?.EstimatedBytes,
            });
        }

        return usage;
    }
}
