using System.Diagnostics;
using Multistore.Search.Indexing;
using Multistore.Search.Querying;

namespace Multistore.Catalog.Bench;

/// <summary>Indexes N products into one culture's index, then times searches like shoppers make them.</summary>
public static class SearchBenchmark
{
    public static void Run(int count, string folder)
    {
        using var index = new CultureIndex("en-US", folder);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var product = SyntheticCatalog.Product(i);
            index.Update(product.Id.ToString(), ProductDocuments.Build(product, "en-US", "en-US", [new IndexablePrice("USD", SyntheticCatalog.Price(i), null)]));
        }

        index.Commit(count);
        watch.Stop();
        Console.WriteLine($"Indexing: {count:N0} products in {watch.Elapsed.TotalSeconds:0.0} s = {count / watch.Elapsed.TotalSeconds:N0} products/s");

        var random = new Random(42);
        var requests = Enumerable.Range(0, 600).Select(n => Request(random, n)).ToList();
        foreach (var request in requests.Take(100))
        {
            ProductSearch.Run(index, request, "USD");
        }

        var timings = new List<double>();
        var totals = 0L;
        foreach (var request in requests)
        {
            var started = Stopwatch.GetTimestamp();
            totals += ProductSearch.Run(index, request, "USD").Total;
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        timings.Sort();
        Console.WriteLine($"Search over {count:N0} products, {timings.Count} queries (text, typos, filters, sorts; facets on every query; {totals / timings.Count:N0} matches on average):");
        Console.WriteLine($"  p50 {Percentile(timings, 0.50):0.00} ms  p95 {Percentile(timings, 0.95):0.00} ms  p99 {Percentile(timings, 0.99):0.00} ms  max {timings[^1]:0.00} ms");
    }

    private static SearchRequest Request(Random random, int n)
    {
        var noun = SyntheticCatalog.Nouns[random.Next(SyntheticCatalog.Nouns.Length)];
        var adjective = SyntheticCatalog.Adjectives[random.Next(SyntheticCatalog.Adjectives.Length)];
        var text = (n % 6) switch
        {
            0 => noun,
            1 => $"{adjective} {noun}",
            2 => noun.Length > 4 ? noun[..2] + noun[3..] : noun,
            3 => $"{noun}\"(",
            4 => "",
            _ => $"{adjective} {noun} AND",
        };
        return new SearchRequest(text, "en-US")
        {
            Category = n % 4 == 0 ? "outerwear" : null,
            Attributes = n % 5 == 0 ? new Dictionary<string, string> { ["color"] = "navy" } : new Dictionary<string, string>(),
            MinPrice = n % 7 == 0 ? 50 : null,
            MaxPrice = n % 7 == 0 ? 200 : null,
            Sort = (SearchSort)(n % 4),
            Page = 1 + n % 3,
        };
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
