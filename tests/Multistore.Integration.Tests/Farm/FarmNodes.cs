using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Farm;

/// <summary>
/// Two nodes of a farm in one test process: two hosts on one PostgreSQL host database (tenants in schemas of the same
/// database) and one Redis, each with its own memory and App_Data, as two machines behind a load balancer would be. PostgreSQL runs in
/// both test legs (test.sh starts it), so the farm tests run in both.
/// </summary>
public sealed class FarmNodes : IDisposable
{
    private readonly string _database = TestDatabase.CreatePostgresDatabase();

    public FarmNodes()
        : this(new Dictionary<string, string?>(), null)
    {
    }

    /// <summary>Two nodes with <paramref name="settings"/> on top of the farm's own (xunit builds a fixture through its one public constructor).</summary>
    internal FarmNodes(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? hostServices)
    {
        A = new MultistoreFactory(Settings(settings)) { HostServices = hostServices };
        B = new MultistoreFactory(Settings(settings)) { HostServices = hostServices };
        _ = A.Server;
        _ = B.Server;
    }

    public MultistoreFactory A { get; }

    public MultistoreFactory B { get; }

    /// <summary>The same store as node B serves it.</summary>
    public TestTenant OnB(TestTenant tenant) => new(B, tenant.Name, tenant.Host, tenant.Prefix);

    /// <summary>
    /// Asks until <paramref name="arrived"/> holds: the change travels between nodes on its own schedule, and what the
    /// test asserts is that it arrives, not how fast (bench/ measures that). Gives up after a minute, far beyond any
    /// busy machine, and then fails with what it last saw.
    /// </summary>
    public static async Task ArrivesAsync(string what, Func<Task<(bool Arrived, string Seen)>> arrived)
    {
        var seen = "";
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!giveUp.IsCancellationRequested)
        {
            (var done, seen) = await arrived();
            if (done)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        Assert.Fail($"{what} never reached node B; it last showed: {seen}");
    }

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        TestDatabase.DropPostgresDatabase(_database);
    }

    private Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Multistore:HostDatabase:Provider"] = "Postgres",
            ["Multistore:HostDatabase:ConnectionString"] = _database,
            ["Multistore:TenantDatabase:Provider"] = "Postgres",
            ["Multistore:TenantDatabase:ConnectionString"] = _database,
            ["Multistore:TenantDatabase:SchemaPerTenant"] = "true",
            // SignalR's backplane and the rate limits' counts: what one node did, the other sees (test.sh starts Redis).
            ["Multistore:Redis"] = "127.0.0.1:6379",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
