using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy.Management;

namespace Multistore.Activation.Bench;

/// <summary>
/// The real host in process (TestServer, so the network is not measured) on an App_Data folder: a fresh one, or the
/// folder of an earlier host (a node restarted on its stores), which the last host to use it deletes.
/// </summary>
internal sealed class ActivationHost(string? appData = null, bool keepAppData = false) : WebApplicationFactory<Program>
{
    private readonly string _appData = appData ?? Path.Combine(Path.GetTempPath(), "multistore-bench", Guid.NewGuid().ToString("N")[..8]);

    public string AppData => _appData;

    public async Task<IReadOnlyList<string>> CreateTenantsAsync(int count)
    {
        var lifecycle = Services.GetRequiredService<TenantCreationService>();
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var name = $"bench{i:D4}";
            await lifecycle.CreateAndSetupAsync(new TenantRequest { Name = name, Hosts = [$"{name}.bench"], RecipeName = "store" },
                null, new Dictionary<string, string> { ["SiteName"] = $"Bench {i}" }, null, CancellationToken.None);
            names.Add(name);
        }

        return names;
    }

    /// <summary>One store activated and released first, so process-wide one-time costs (JIT, EF model) are not counted as a tenant's.</summary>
    public async Task WarmUpAsync(bool create)
    {
        if (create)
        {
            await Services.GetRequiredService<TenantCreationService>().CreateAndSetupAsync(
                new TenantRequest { Name = "warmup", Hosts = ["warmup.bench"], RecipeName = "store" },
                null, new Dictionary<string, string>(), null, CancellationToken.None);
        }

        await TimeFirstRequestAsync("warmup");
        Services.GetRequiredService<ShellHost>().Release("warmup");
    }

    public async Task<double> TimeFirstRequestAsync(string tenant)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{tenant}.bench/") });
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync("/");
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        return elapsed;
    }

    public void ReleaseAll()
    {
        var shells = Services.GetRequiredService<ShellHost>();
        foreach (var shell in shells.RunningShells.ToList())
        {
            shells.Release(shell.Settings.Name);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Multistore:AppDataPath", _appData);
        builder.UseSetting("Multistore:ShellIdleTimeout", "00:00:00");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Multistore.Shells.ShellContextFactory", Environment.GetEnvironmentVariable("BENCH_SHELL_LOG") ?? "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!keepAppData && Directory.Exists(_appData))
        {
            Directory.Delete(_appData, recursive: true);
        }
    }
}
