namespace Multistore.Farm.Bench;

/// <summary>Measured latencies in milliseconds, summarised as nearest-rank percentiles.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    /// <summary>How many of the changes replaced a page node B had just served from its page cache.</summary>
    public int ServedFromCacheBefore { get; set; }

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public string Summary()
    {
        if (_milliseconds.Count == 0)
        {
            return "no samples";
        }

        var sorted = _milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return $"n={sorted.Length}  p50 {At(0.50):0} ms  p90 {At(0.90):0} ms  p99 {At(0.99):0} ms  max {sorted[^1]:0} ms  (min {sorted[0]:0} ms); B served the page from its cache before {ServedFromCacheBefore} of {sorted.Length} changes";
    }
}
