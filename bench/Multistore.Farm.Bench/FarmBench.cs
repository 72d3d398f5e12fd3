using Multistore.Farm.Tests;

namespace Multistore.Farm.Bench;

/// <summary>
/// Farm benchmarks (issue 17): how long a change saved on node A takes to show on node B, and throughput through
/// HAProxy with two nodes and with one. Starts the farm tests' farm (tests/Multistore.Farm.Tests: a fresh PostgreSQL
/// database, its own Redis, two node processes, HAProxy, Varnish) and removes it at the end.
/// </summary>
public static class FarmBench
{
    // dotnet build src/Multistore.Web -c Release, then
    // dotnet run -c Release --project bench/Multistore.Farm.Bench -- [changes=50] [seconds=10] [connections=32] [rounds=3]
    // Needs PostgreSQL (scripts/start-test-services.sh), haproxy, varnish, varnish-modules and redis-server
    // (scripts/install-test-services.sh), and wrk (apt-get install wrk).
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (Wrk.Find() is not { } wrkProgram)
        {
            await Console.Error.WriteLineAsync($"The farm benchmark needs 'wrk' (Debian package 'wrk'), which is not installed: {Wrk.InstallHint}.");
            return 2;
        }

        Console.WriteLine($"Farm benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Load.Now()}");
        Console.WriteLine($"{options.Changes} changes; wrk -t2 -c{options.Connections}, {options.Seconds} s after a {BenchOptions.WarmUpSeconds} s warm-up, {options.Rounds} rounds");
        Console.WriteLine("The nodes, PostgreSQL, Redis, HAProxy and wrk all share this machine's cores: the 2-node figures are not");
        Console.WriteLine("two machines' worth, and on a 2-core machine the per-node efficiency is bounded by the cores, not the farm.");

        var farm = new TestFarm();
        try
        {
            await farm.InitializeAsync();
        }
        catch (InvalidOperationException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        using var interrupted = new CancelOnInterrupt(farm);
        try
        {
            var store = await FarmStore.CreateAsync(farm, farm.Balancer, BenchRecipe.Json(products: 20));
            await store.ServedAtAsync(farm.A.Address, "node A");
            await store.ServedAtAsync(farm.B.Address, "node B");
            Console.WriteLine($"Store {store.Name} created; {Load.Now()}");

            using (var propagation = new PropagationRun(farm, store))
            {
                Console.WriteLine();
                Console.WriteLine("Change saved in node A's admin until node B's product page shows it (B's page cached before, polled every 10 ms):");
                Console.WriteLine($"  price (page-cache eviction, NOTIFY):  {(await propagation.PricesAsync(options.Changes)).Summary()}  [{Load.Now()}]");
                Console.WriteLine($"  site name (shell release everywhere): {(await propagation.SiteNamesAsync(options.Changes)).Summary()}  [{Load.Now()}]");
            }

            Console.WriteLine();
            Console.WriteLine("Throughput through HAProxy:");
            await new ThroughputRun(farm, store, new Wrk(wrkProgram, options), options.Rounds).RunAsync();
            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or Xunit.Sdk.XunitException)
        {
            await Console.Error.WriteLineAsync(farm.Outputs());
            await Console.Error.WriteLineAsync($"The benchmark stopped: {exception}");
            return 1;
        }
        finally
        {
            await farm.DisposeAsync();
        }
    }
}
