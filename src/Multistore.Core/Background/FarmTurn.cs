using Medallion.Threading.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.Tenancy;

namespace Multistore.Background;

/// <summary>
/// A round of a task that runs on one node at a time (<see cref="BackgroundTaskSchedule.OnOneNode"/>): on a PostgreSQL
/// store it holds a session advisory lock on the store's database for the round (DistributedLock.Postgres), taken
/// without waiting, so a node that finds it held skips the round; the lock goes with the connection, so a node that
/// dies mid-round frees it. A SQLite store lives on one node and always takes its turn.
/// </summary>
internal sealed class FarmTurn : IAsyncDisposable
{
    private static readonly FarmTurn Always = new(null);
    private static readonly FarmTurn Skipped = new(null) { Taken = false };
    private readonly IAsyncDisposable? _handle;

    private FarmTurn(IAsyncDisposable? handle) => _handle = handle;

    public bool Taken { get; private init; } = true;

    public static async Task<FarmTurn> TakeAsync(BackgroundTaskRegistration registration, IServiceProvider services, string taskName, CancellationToken cancellationToken)
    {
        if (!registration.Schedule.OnOneNode
            || services.GetService<ITenantDatabase>() is not TenantDatabase { Connection: { Provider: DatabaseProvider.Postgres } connection })
        {
            return Always;
        }

        var server = TenantDatabaseProvisioner.WithoutSearchPath(connection.ConnectionString);
        var tenant = services.GetRequiredService<TenantSettings>().Name;
        var gate = new PostgresDistributedLock(new PostgresAdvisoryLockKey($"multistore-task:{tenant}:{taskName}", allowHashing: true), server);
        var handle = await gate.TryAcquireAsync(TimeSpan.Zero, cancellationToken);
        return handle is null ? Skipped : new FarmTurn(handle);
    }

    public ValueTask DisposeAsync() => _handle?.DisposeAsync() ?? ValueTask.CompletedTask;
}
