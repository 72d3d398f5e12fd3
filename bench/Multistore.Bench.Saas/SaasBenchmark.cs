using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Hosting;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants;
using Multistore.Tenants.Services;

namespace Multistore.Bench.Saas;

/// <summary>
/// Runs the real host (Kestrel on a free port, SQLite under a temp App_Data) and measures what an operator
/// waits for: creating and setting up a store from the store recipe, and listing tenants with 1,000 of them.
/// </summary>
public static class SaasBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var stores = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var appData = Path.Combine(Path.GetTempPath(), "multistore-bench", Guid.NewGuid().ToString("N")[..8]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Multistore:AppDataPath"] = appData;
        builder.Configuration["Multistore:Tenants:0:Name"] = TenantSettings.DefaultName;
        builder.Configuration["Multistore:Tenants:0:Hosts:0"] = "host.bench";
        builder.Configuration["Multistore:Tenants:0:Recipe"] = "saas";
        builder.AddMultistore();
        await using var app = builder.Build();
        app.UseMultistore();
        await app.StartAsync();
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        while (registry.Find(TenantSettings.DefaultName)?.State != TenantState.Running)
        {
            await Task.Delay(100);
        }

        var lifecycle = app.Services.GetRequiredService<TenantCreationService>();
        var recipe = app.Services.GetRequiredService<RecipeCatalog>().Get("store");
        var setupTimes = new List<double>();
        for (var i = 0; i < stores; i++)
        {
            var clock = Stopwatch.StartNew();
            await lifecycle.CreateAndSetupAsync(new TenantRequest { Name = $"bench-{i}", Hosts = [$"bench-{i}.bench"] }, recipe,
                new Dictionary<string, string> { ["SiteName"] = $"Bench {i}" }, null, CancellationToken.None);
            setupTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"Create + set up one store (store recipe, SQLite), {stores} runs: first {setupTimes[0]:0} ms, median {Median(setupTimes):0} ms, max {setupTimes.Max():0} ms");

        var withCatalog = RecipeReader.Read(DemoCatalogRecipe.Json(200), "bench-store-with-catalog.recipe.json");
        var catalogTimes = new List<double>();
        for (var i = 0; i < stores; i++)
        {
            var clock = Stopwatch.StartNew();
            await lifecycle.CreateAndSetupAsync(new TenantRequest { Name = $"catalog-{i}", Hosts = [$"catalog-{i}.bench"] }, withCatalog,
                new Dictionary<string, string> { ["SiteName"] = $"Catalog {i}" }, null, CancellationToken.None);
            catalogTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"Create + set up one store with a 200-product demo catalog (store recipe + catalog of 200 products, 400 variants, 600 prices; SQLite), {stores} runs: first {catalogTimes[0]:0} ms, median {Median(catalogTimes):0} ms, max {catalogTimes.Max():0} ms");

        var clockAll = Stopwatch.StartNew();
        for (var i = registry.All.Count; i <= 1000; i++)
        {
            await lifecycle.CreateAsync(new TenantRequest { Name = $"listed-{i:0000}", Hosts = [$"listed-{i:0000}.bench"] }, CancellationToken.None);
        }

        Console.WriteLine($"Registered tenants up to {registry.All.Count} in {clockAll.Elapsed.TotalSeconds:0.0} s");
        await ListAsync(app, registry);
        Directory.Delete(appData, recursive: true);
        return 0;
    }

    private static async Task ListAsync(WebApplication app, TenantRegistry registry)
    {
        var host = await app.Services.GetRequiredService<ShellHost>().GetAsync(registry.Find(TenantSettings.DefaultName)!);
        string key;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            key = (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync("bench", [TenantsPermissions.View], CancellationToken.None)).Secret;
        }

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        client.DefaultRequestHeaders.Host = "host.bench";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        foreach (var (label, query) in new[] { ("first page of 50", "api/tenants?page=1&pageSize=50"), ("search 'listed-09'", "api/tenants?search=listed-09"), ("page 20 of 50", "api/tenants?page=20&pageSize=50") })
        {
            var times = new List<double>();
            for (var i = 0; i < 30; i++)
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync(query);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"GET /api/tenants ({label}) with {registry.All.Count} tenants, 30 calls: first {times[0]:0.0} ms, median {Median(times):0.0} ms, p95 {times.Order().ElementAt(28):0.0} ms");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
