using System.Collections.Concurrent;

namespace Multistore.Catalog.Import;

/// <summary>The tenant's recent imports, so a progress bar can poll one by id. Keeps the last 20.</summary>
public sealed class ImportJobs
{
    private const int Kept = 20;
    private readonly ConcurrentDictionary<Guid, ImportProgress> _jobs = new();
    private readonly ConcurrentQueue<Guid> _order = new();

    public ImportProgress Start()
    {
        var progress = new ImportProgress();
        _jobs[progress.Id] = progress;
        _order.Enqueue(progress.Id);
        while (_order.Count > Kept && _order.TryDequeue(out var old))
        {
            _jobs.TryRemove(old, out _);
        }

        return progress;
    }

    public ImportProgress? Find(Guid id) => _jobs.GetValueOrDefault(id);
}
