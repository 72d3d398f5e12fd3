namespace Multistore.Search.Indexing;

/// <summary>A rebuild as it runs, for the admin's progress bar.</summary>
public sealed class RebuildProgress
{
    private int _done;

    public DateTime StartedUtc { get; } = DateTime.UtcNow;
    public int Total { get; set; }
    public int Done => Volatile.Read(ref _done);
    public bool Completed { get; set; }
    public string? Failure { get; set; }

    public void Add(int count) => Interlocked.Add(ref _done, count);
}
