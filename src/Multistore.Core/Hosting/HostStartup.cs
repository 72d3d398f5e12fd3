using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Data;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// Migrates the host database and loads the registry once; requests wait for it, so the server may start
/// listening before the registry is ready without a request ever seeing an empty map. A failed start (the
/// host database not reachable yet) is tried again by the next caller instead of failing forever.
/// </summary>
internal sealed class HostStartup(IServiceProvider services)
{
    private readonly Lock _lock = new();
    private Task? _ready;

    public Task Ready
    {
        get
        {
            lock (_lock)
            {
                if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
                {
                    _ready = InitializeAsync(services);
                }

                return _ready;
            }
        }
    }

    /// <summary>Waits until the host is ready, trying again while its database does not answer.</summary>
    public async Task WaitUntilReadyAsync(ILogger logger, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await Ready.WaitAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The host database is not ready; trying again in 5 seconds");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private static async Task InitializeAsync(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<HostDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await MigrationLock.MigrateAsync(db, CancellationToken.None);
            if (db.Database.IsSqlite())
            {
                // WAL: the running host keeps reading while another process (the command line) writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        await services.GetRequiredService<TenantRegistry>().RefreshAsync(CancellationToken.None);
    }
}
