using System.Diagnostics;

namespace Multistore.Activation.Bench;

/// <summary>
/// Activation benchmark: N tenants from the store recipe, the first (cold) request of each timed, memory per
/// active shell, memory after every shell is released. Prints its figures; it asserts nothing.
/// </summary>
internal static class ActivationBenchmark
{
    public static async Task Main(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        IReadOnlyList<string> tenants;
        string appData;
        await using (var creator = new ActivationHost(keepAppData: true))
        {
            Console.WriteLine($"Creating {count} tenants from the store recipe (SQLite)...");
            var setup = Stopwatch.StartNew();
            tenants = await creator.CreateTenantsAsync(count);
            Console.WriteLine($"  created and set up in {setup.Elapsed.TotalSeconds:F1} s ({setup.Elapsed.TotalMilliseconds / count:F0} ms per store)");
            await creator.WarmUpAsync(create: true);
            appData = creator.AppData;
        }

        // A node started on existing stores: nothing about them is known in this process yet (every module's migration
        // history is checked on the first activation), as after a deployment or a crash.
        await using var host = new ActivationHost(appData);
        await host.WarmUpAsync(create: false);
        var baseline = Memory.Settle();
        Console.WriteLine($"Baseline managed heap {Memory.Mb(baseline.Managed):F1} MB, working set {Memory.Mb(baseline.WorkingSet):F1} MB");

        var cold = await ActivateAllAsync(host, tenants);
        var active = Memory.Settle();
        Console.WriteLine($"Cold activation after a restart (first request, {count} tenants): median {Percentile(cold, 0.50):F1} ms, p95 {Percentile(cold, 0.95):F1} ms, max {cold[^1]:F1} ms");
        Console.WriteLine($"Memory with {count} active shells: managed +{Memory.Mb(active.Managed - baseline.Managed):F1} MB, working set +{Memory.Mb(active.WorkingSet - baseline.WorkingSet):F1} MB");
        Console.WriteLine($"Per active shell: managed {Memory.Mb(active.Managed - baseline.Managed) / count:F2} MB, working set {Memory.Mb(active.WorkingSet - baseline.WorkingSet) / count:F2} MB");

        await ReleaseAllAsync(host);
        var released = Memory.Settle();
        Console.WriteLine($"After releasing every shell: managed {Memory.Mb(released.Managed):F1} MB ({Percent(released.Managed, baseline.Managed)} of baseline), working set {Memory.Mb(released.WorkingSet):F1} MB ({Percent(released.WorkingSet, baseline.WorkingSet)} of baseline)");

        // The same stores woken again after an idle release: the node already saw their databases migrated.
        var again = await ActivateAllAsync(host, tenants);
        Console.WriteLine($"Activation again after an idle release ({count} tenants): median {Percentile(again, 0.50):F1} ms, p95 {Percentile(again, 0.95):F1} ms, max {again[^1]:F1} ms");
        await ReleaseAllAsync(host);
    }

    private static async Task<List<double>> ActivateAllAsync(ActivationHost host, IReadOnlyList<string> tenants)
    {
        var times = new List<double>(tenants.Count);
        foreach (var tenant in tenants)
        {
            times.Add(await host.TimeFirstRequestAsync(tenant));
        }

        times.Sort();
        return times;
    }

    private static async Task ReleaseAllAsync(ActivationHost host)
    {
        host.ReleaseAll();

        // A released shell is disposed asynchronously once its last request has left; give that time to finish.
        await Task.Delay(TimeSpan.FromSeconds(10));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Percent(long value, long baseline) => $"{100.0 * value / baseline:F0}%";
}
