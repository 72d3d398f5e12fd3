using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Feeds.Bench;

/// <summary>Streams the Google feed and the CSV of one store with N products and prints time and peak memory.</summary>
public static class FeedBench
{
    // dotnet run -c Release --project bench/Multistore.Feeds.Bench -- [products=100000]
    public static async Task Main(string[] args)
    {
        var products = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var appData = Path.Combine(Path.GetTempPath(), "multistore-feeds-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, SQLite");
        try
        {
            await using var host = new FeedBenchHost(appData);
            _ = host.Server;
            var setup = Stopwatch.StartNew();
            await host.Services.GetRequiredService<TenantCreationService>().CreateAndSetupAsync(
                new TenantRequest { Name = "feeds", Hosts = ["feeds.test"] }, RecipeReader.Read(FeedBenchRecipe.Json(products), "feed-bench.recipe.json"),
                new Dictionary<string, string> { ["SiteName"] = "Feed bench", ["Culture"] = "de-DE", ["Currency"] = "EUR" }, null, CancellationToken.None);
            Console.WriteLine($"Store with {products:N0} products set up in {setup.Elapsed.TotalSeconds:0.0} s");

            using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://feeds.test/") });
            client.Timeout = TimeSpan.FromMinutes(30);
            // A first small request builds the shell, so the figures below are the feed's alone.
            (await client.GetAsync("robots.txt")).EnsureSuccessStatusCode();
            foreach (var path in new[] { "feeds/google.xml", "feeds/products.csv" })
            {
                var run = await FeedStreamRun.MeasureAsync(client, path);
                Console.WriteLine($"GET /{path}: {run.Items:N0} items, {run.Bytes / 1024.0 / 1024.0:N1} MB in {run.Elapsed.TotalSeconds:0.0} s " +
                    $"({run.Items / run.Elapsed.TotalSeconds:N0} items/s); first byte after {run.FirstByte.TotalMilliseconds:N0} ms; " +
                    $"managed heap before {run.HeapBefore / 1024.0 / 1024.0:N0} MB, peak while streaming {run.PeakHeap / 1024.0 / 1024.0:N0} MB; " +
                    $"working set before {run.WorkingSetBefore / 1024.0 / 1024.0:N0} MB, peak {run.PeakWorkingSet / 1024.0 / 1024.0:N0} MB");
            }
        }
        finally
        {
            Directory.Delete(appData, recursive: true);
        }
    }
}
