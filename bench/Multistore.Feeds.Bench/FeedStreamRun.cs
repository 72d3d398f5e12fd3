using System.Diagnostics;

namespace Multistore.Feeds.Bench;

/// <summary>
/// One streamed GET of a feed, read as it arrives and thrown away (as a marketplace's fetcher would store it), with the
/// managed heap and the working set sampled every 50 ms while it streams: the peak says whether the feed is held in memory.
/// </summary>
public sealed record FeedStreamRun(long Items, long Bytes, TimeSpan Elapsed, TimeSpan FirstByte, long HeapBefore, long PeakHeap, long WorkingSetBefore, long PeakWorkingSet)
{
    public static async Task<FeedStreamRun> MeasureAsync(HttpClient client, string path)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var (heapBefore, workingSetBefore) = (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
        long peakHeap = heapBefore, peakWorkingSet = workingSetBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                try
                {
                    await Task.Delay(50, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long bytes = 0;
        var firstByte = TimeSpan.Zero;
        var csv = path.EndsWith(".csv", StringComparison.Ordinal);
        var items = new ItemCounter(csv);
        for (int read; (read = await body.ReadAsync(buffer)) > 0;)
        {
            if (bytes == 0)
            {
                firstByte = watch.Elapsed;
            }

            bytes += read;
            items.Add(buffer.AsSpan(0, read));
        }

        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        return new FeedStreamRun(csv ? items.Count - 1 : items.Count, bytes, watch.Elapsed, firstByte, heapBefore, peakHeap, workingSetBefore, peakWorkingSet);
    }

    /// <summary>
    /// Counts <c>&lt;item&gt;</c> openings in the XML or line ends in the CSV (descriptions carry none), byte by byte so
    /// a tag split between two reads still counts.
    /// </summary>
    private sealed class ItemCounter(bool csv)
    {
        private static readonly byte[] Tag = "<item>"u8.ToArray();
        private int _matched;

        public long Count { get; private set; }

        public void Add(ReadOnlySpan<byte> chunk)
        {
            foreach (var b in chunk)
            {
                if (csv)
                {
                    Count += b == (byte)'\n' ? 1 : 0;
                    continue;
                }

                _matched = b == Tag[_matched] ? _matched + 1 : b == Tag[0] ? 1 : 0;
                if (_matched == Tag.Length)
                {
                    Count++;
                    _matched = 0;
                }
            }
        }
    }
}
