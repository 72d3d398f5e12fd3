using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Multistore.Data;
using Multistore.Tenancy;
using Npgsql;

namespace Multistore.Hosting;

/// <summary>
/// Notices registry changes made by other processes (the command line) or other nodes, and refreshes the
/// registry, which releases the shells of the tenants that changed. On SQLite it polls the registry stamp every
/// second; on PostgreSQL it listens for the NOTIFY every write sends, with a slow poll as a safety net. On the same
/// connection it receives the stores' own changes from the other nodes (<see cref="StoreChangeChannel"/>).
/// </summary>
internal sealed class TenantChangeWatcher(
    HostStartup startup,
    TenantStore store,
    TenantRegistry registry,
    StoreChangeChannel changes,
    IOptions<MultistoreOptions> options,
    ILogger<TenantChangeWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ListenFallback = TimeSpan.FromSeconds(30);
    private TenantStamp? _last;
    private bool _listenedBefore;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitUntilReadyAsync(logger, stoppingToken);
        var hostDatabase = options.Value.HostDatabase;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (hostDatabase.Provider == DatabaseProvider.Postgres)
                {
                    await ListenAsync(hostDatabase.ConnectionString!, stoppingToken);
                }
                else
                {
                    await Task.Delay(PollInterval, stoppingToken);
                    await CheckAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
            {
                logger.LogWarning(exception, "Watching the tenant registry failed; retrying");
                await Task.Delay(PollInterval * 5, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        var notified = false;
        connection.Notification += (_, notice) =>
        {
            if (notice.Channel == StoreChangeChannel.Channel)
            {
                changes.Receive(notice.Payload);
            }
            else
            {
                notified = true;
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {TenantStamp.Channel}; LISTEN {StoreChangeChannel.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Store changes sent while this node was not listening are lost to it: rebuild what it holds.
        if (_listenedBefore)
        {
            changes.Reconcile();
        }

        _listenedBefore = true;

        // A change made while we were not yet listening is caught by this first check.
        await CheckAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(ListenFallback, stoppingToken);
            await changes.ApplyReceivedAsync(stoppingToken);
            if (notified)
            {
                // Several writes often come together (create, then setup): take them in one refresh.
                await Task.Delay(TimeSpan.FromMilliseconds(50), stoppingToken);
                notified = false;
            }

            await CheckAsync(stoppingToken);
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var stamp = await store.StampAsync(cancellationToken);
        if (stamp == _last)
        {
            return;
        }

        _last = stamp;
        await registry.RefreshAsync(cancellationToken);
    }
}
