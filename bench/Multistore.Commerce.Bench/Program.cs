using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using Multistore.Cart.Services;
using Multistore.Checkout.Services;
using Multistore.Commerce;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Bench.Commerce;

public static class CommerceBench
{
    public static async Task Main()
    {
        // One in-process node (SQLite per tenant, or PostgreSQL with MULTISTORE_BENCH_POSTGRES=<connection string> of a
        // server: each run makes a fresh host database there and drops it at the end unless MULTISTORE_BENCH_KEEP_DATABASE=1),
        // 10 stores, buyers placing orders through ICheckoutService exactly as the pages and the API do.
        var tenants = Setting("MULTISTORE_BENCH_TENANTS", 10);
        var ordersPerTenant = Setting("MULTISTORE_BENCH_ORDERS", 100);
        var workers = Setting("MULTISTORE_BENCH_WORKERS", 16);
        var appData = Path.Combine(Path.GetTempPath(), "multistore-bench", Guid.NewGuid().ToString("N")[..8]);
        var server = Environment.GetEnvironmentVariable("MULTISTORE_BENCH_POSTGRES");
        await using var database = server is null ? null : await BenchDatabase.CreateAsync(server, Environment.GetEnvironmentVariable("MULTISTORE_BENCH_KEEP_DATABASE") == "1");
        var postgres = database?.ConnectionString;
        if (database is not null)
        {
            Console.WriteLine($"host database: {database.Name}");
        }

        await using var factory = new BenchHost(appData, postgres);
        _ = factory.Server;

        var names = new List<string>();
        for (var i = 0; i < tenants; i++)
        {
            var name = $"bench{i}";
            await factory.Services.GetRequiredService<TenantCreationService>().CreateAndSetupAsync(
                new TenantRequest { Name = name, Hosts = [$"{name}.test"] }, RecipeReader.Read(BenchRecipe.Json, "bench.recipe.json"),
                new Dictionary<string, string> { ["SiteName"] = name, ["Culture"] = "de-DE", ["Currency"] = "EUR" }, null, CancellationToken.None);
            names.Add(name);
        }

        async Task<T> InTenant<T>(string tenant, Func<IServiceProvider, Task<T>> action)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var shell = await factory.Services.GetRequiredService<ShellHost>().GetAsync(factory.Services.GetRequiredService<TenantRegistry>().Find(tenant)!);
            await using var scope = shell.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }

        async Task<double> PlaceOne(string tenant, int n)
        {
            var cartId = await InTenant(tenant, async s =>
            {
                var carts = s.GetRequiredService<ICartService>();
                var cart = await carts.CreateAsync(null, Touchpoints.Web, CancellationToken.None);
                await carts.AddLineAsync(cart.Id, n % 2 == 0 ? "LAMP" : "CHAIR", 1, Touchpoints.Web, CancellationToken.None);
                return cart.Id;
            });
            var started = Stopwatch.GetTimestamp();
            await InTenant(tenant, s => s.GetRequiredService<ICheckoutService>().PlaceOrderAsync(new PlaceOrderRequest
            {
                CartId = cartId, IdempotencyKey = $"bench-{tenant}-{n}", Email = $"buyer{n}@example.com",
                ShippingAddress = new Address { Name = "B", Line1 = "Str. 1", City = "Berlin", PostalCode = "10117", Country = "DE" },
                ShippingMethod = "standard", PaymentMethod = "test-card",
            }, CancellationToken.None));
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        // Warm-up: one order per tenant builds every shell and JITs the path.
        foreach (var tenant in names)
        {
            await PlaceOne(tenant, -1);
        }

        var jobs = names.SelectMany(t => Enumerable.Range(0, ordersPerTenant).Select(n => (t, n))).OrderBy(_ => Random.Shared.Next()).ToList();
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (job, _) => latencies.Add(await PlaceOne(job.t, job.n)));
        total.Stop();

        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine($"database: {(postgres is null ? "SQLite" : "PostgreSQL")}, tenants: {tenants}, orders: {sorted.Length}, workers: {workers}");
        Console.WriteLine($"wall time incl. cart building: {total.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"orders/s (place-order only, summed latency basis): {sorted.Length / total.Elapsed.TotalSeconds:F1}");
        Console.WriteLine($"place-order latency ms: p50 {Percentile(0.50):F1}, p95 {Percentile(0.95):F1}, p99 {Percentile(0.99):F1}, max {sorted[^1]:F1}");
    }

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
