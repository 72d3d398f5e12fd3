namespace Multistore.Catalog.Import;

/// <summary>
/// An import as it runs: rows done of the total, how many were saved, and each failed row's errors.
/// Updated by the importer, read by whoever shows the progress bar.
/// </summary>
public sealed class ImportProgress
{
    private readonly List<ImportRowError> _errors = [];
    private readonly Lock _lock = new();
    private int _processed;
    private int _saved;

    public Guid Id { get; } = Guid.NewGuid();
    public int Total { get; set; }
    public int Processed => Volatile.Read(ref _processed);
    public int Saved => Volatile.Read(ref _saved);
    public bool Completed { get; private set; }
    public string? Failure { get; private set; }

    public IReadOnlyList<ImportRowError> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    public void RowSaved()
    {
        Interlocked.Increment(ref _saved);
        Interlocked.Increment(ref _processed);
    }

    public void RowFailed(IEnumerable<ImportRowError> errors)
    {
        lock (_lock)
        {
            _errors.AddRange(errors);
        }

        Interlocked.Increment(ref _processed);
    }

    public void Complete(string? failure = null)
    {
        Failure = failure;
        Completed = true;
    }
}
