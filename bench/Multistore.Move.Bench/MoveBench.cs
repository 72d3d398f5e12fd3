using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Multistore.Cart.Services;
using Multistore.Checkout.Services;
using Multistore.Commerce;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Bench.Move;

/// <summary>
/// Moves one store with MULTISTORE_BENCH_PRODUCTS products (10,000) and MULTISTORE_BENCH_ORDERS orders (10,000) from its
/// SQLite file to a database of its own on PostgreSQL (MULTISTORE_BENCH_POSTGRES, the test server by default), then on to
/// a schema in the region's shared database, and prints for each move the rows copied, the time the store was closed and
/// the move's total time. The databases it made are dropped at the end.
/// </summary>
public static class MoveBench
{
    public static async Task Main()
    {
        var products = Setting("MULTISTORE_BENCH_PRODUCTS", 10_000);
        var orders = Setting("MULTISTORE_BENCH_ORDERS", 10_000);
        var server = Environment.GetEnvironmentVariable("MULTISTORE_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=multistore;Password=multistore";
        var id = Guid.NewGuid().ToString("N")[..8];
        var appData = Path.Combine(Path.GetTempPath(), "multistore-bench", id);
        var shared = $"mst_bench_{id}";
        await using var factory = new MoveHost(appData, server, shared);
        _ = factory.Server;
        var name = $"move{id}";
        try
        {
            var seeding = Stopwatch.StartNew();
            await factory.Services.GetRequiredService<TenantCreationService>().CreateAndSetupAsync(
                new TenantRequest { Name = name, Hosts = [$"{name}.test"] }, RecipeReader.Read(Recipe(products), "move-bench.recipe.json"),
                new Dictionary<string, string> { ["SiteName"] = name, ["Culture"] = "de-DE", ["Currency"] = "EUR" }, null, CancellationToken.None);
            Console.WriteLine($"store with {products} products set up in {seeding.Elapsed.TotalSeconds:F0} s");
            await PlaceOrdersAsync(factory, name, orders);
            Console.WriteLine($"{orders} orders placed after {seeding.Elapsed.TotalSeconds:F0} s");

            var moves = factory.Services.GetRequiredService<ITenantMoves>();
            foreach (var tier in new[] { TenantTiers.Database, TenantTiers.Schema })
            {
                var moved = await moves.MoveAsync(name, new TenantMoveRequest("bench", tier), new PhaseTimes(), CancellationToken.None);
                Console.WriteLine($"{moved.From} -> {moved.To}");
                Console.WriteLine($"  tables {moved.Tables.Count}, rows {moved.Tables.Sum(t => t.Rows)} (orders {moved.Tables.Single(t => t.Name == "Orders").Rows}, "
                    + $"products {moved.Tables.Single(t => t.Name == "Products").Rows}), caught up {moved.CaughtUpRows}");
                Console.WriteLine($"  closed {moved.Unavailable.TotalMilliseconds:F0} ms, total {moved.Total.TotalSeconds:F1} s");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(server, $"multistore_{name}");
            await DropAsync(server, shared);
        }
    }

    private static async Task PlaceOrdersAsync(MoveHost factory, string name, int orders)
    {
        async Task InTenant(Func<IServiceProvider, Task> action)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var shell = await factory.Services.GetRequiredService<ShellHost>().GetAsync(factory.Services.GetRequiredService<TenantRegistry>().Find(name)!);
            await using var scope = shell.Services.CreateAsyncScope();
            await action(scope.ServiceProvider);
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, orders), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            Guid cartId = default;
            await InTenant(async s =>
            {
                var carts = s.GetRequiredService<ICartService>();
                var cart = await carts.CreateAsync(null, Touchpoints.Web, CancellationToken.None);
                await carts.AddLineAsync(cart.Id, $"SKU-{n % 100:D6}", 1 + (n % 3), Touchpoints.Web, CancellationToken.None);
                cartId = cart.Id;
            });
            await InTenant(s => s.GetRequiredService<ICheckoutService>().PlaceOrderAsync(new PlaceOrderRequest
            {
                CartId = cartId, IdempotencyKey = $"move-bench-{n}", Email = $"buyer{n}@example.com",
                ShippingAddress = new Address { Name = "B", Line1 = "Str. 1", City = "Berlin", PostalCode = "10117", Country = "DE" },
                ShippingMethod = "standard", PaymentMethod = "test-transfer",
            }, CancellationToken.None));
        });
    }

    /// <summary>A store recipe with <paramref name="products"/> products, each with a German name, a price and stock.</summary>
    private static string Recipe(int products)
    {
        var skus = Enumerable.Range(0, products).Select(i => $"SKU-{i:D6}").ToList();
        var recipe = new
        {
            name = "move-bench",
            steps = new object[]
            {
                new { name = "recipes", values = new[] { new { name = "store" } } },
                new { name = "features", enable = new[] { "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout", "Multistore.Testing.Commerce" } },
                new { name = "settings", Checkout = new { Countries = new[] { "DE" } } },
                new { name = "catalog", products = skus.Select((sku, i) => new { sku, translations = new Dictionary<string, object> { ["de-DE"] = new { name = $"Produkt {i}", description = $"<p>Ein gutes Produkt, Nummer {i}.</p>" } } }) },
                new { name = "pricelists", lists = new[] { new { name = "EUR", currency = "EUR", @default = true, prices = skus.Select((sku, i) => new { sku, amount = 5m + (i * 7919 % 50000) / 100m }) } } },
                new { name = "inventory", stock = skus.Select(sku => new { sku, onHand = 1_000_000 }) },
            },
        };
        return JsonSerializer.Serialize(recipe);
    }

    private static async Task DropAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

/// <summary>Prints when each phase of a move began, counted from the move's first report.</summary>
public sealed class PhaseTimes : IProgress<TenantMoveProgress>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private string? _phase;

    public void Report(TenantMoveProgress value)
    {
        if (value.Phase != _phase)
        {
            _phase = value.Phase;
            Console.WriteLine($"  {_watch.Elapsed.TotalSeconds,6:F2} s  {value.Phase}");
        }
    }
}

/// <summary>The real host in-process: a single node on SQLite with one region, 'bench', on the given PostgreSQL server.</summary>
public sealed class MoveHost(string appData, string server, string shared) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Multistore:AppDataPath", appData);
        builder.UseSetting("Multistore:Regions:bench:ConnectionString", new NpgsqlConnectionStringBuilder(server) { Database = null }.ToString());
        builder.UseSetting("Multistore:Regions:bench:SharedDatabase", shared);
    }
}
