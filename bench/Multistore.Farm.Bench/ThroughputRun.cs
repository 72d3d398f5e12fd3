using Multistore.Farm.Tests;

namespace Multistore.Farm.Bench;

/// <summary>
/// wrk through HAProxy, for the uncached product page and the API's product list: the farm's HAProxy over both nodes,
/// and a second HAProxy over node A alone (<see cref="OneNodeBalancer"/>), in alternating rounds so that neither setup
/// gets all the warm JIT or all of a neighbour's quiet minute. The medians over the rounds give the efficiency.
/// </summary>
public sealed class ThroughputRun(TestFarm farm, FarmStore store, Wrk wrk, int rounds)
{
    // A cart cookie makes the request personal (PersonalCookies.Cart): the page cache neither serves nor stores it.
    private static readonly (string Name, string Path, string[] Headers)[] Cases =
    [
        ("product page, uncached", "products/" + FarmStore.Slug, ["Cookie: ms_cart=bench"]),
        ("API product list (20)", "api/storefront/v1/products?pageSize=20", []),
    ];

    public async Task RunAsync()
    {
        using var oneNode = new OneNodeBalancer();
        await oneNode.StartAsync(farm.A);
        var setups = new[] { ("2 nodes", farm.Balancer), ("1 node", oneNode.Address) };
        var measured = new List<double>[setups.Length, Cases.Length];
        for (var round = 1; round <= rounds; round++)
        {
            for (var s = 0; s < setups.Length; s++)
            {
                for (var c = 0; c < Cases.Length; c++)
                {
                    var result = await wrk.MeasureAsync(new Uri(setups[s].Item2, Cases[c].Path), [$"Host: {store.Host}", .. Cases[c].Headers]);
                    (measured[s, c] ??= []).Add(result.RequestsPerSecond);
                    var errors = result.Non2xx > 0 ? $"  non-2xx/3xx: {result.Non2xx}" : "";
                    Console.WriteLine($"  round {round}  {setups[s].Item1,-8} {Cases[c].Name,-24} {result.RequestsPerSecond,9:N0} req/s  p99 {result.P99Milliseconds,7:N1} ms{errors}  {result.SocketErrors}  [{Load.Now()}]");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Median of {rounds} rounds; per-node efficiency = 2-node req/s / (2 x 1-node req/s):");
        for (var c = 0; c < Cases.Length; c++)
        {
            var two = Median(measured[0, c]);
            var one = Median(measured[1, c]);
            Console.WriteLine($"  {Cases[c].Name,-24} 2 nodes {two,9:N0} req/s   1 node {one,9:N0} req/s   efficiency {two / (2 * one):P0}");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
