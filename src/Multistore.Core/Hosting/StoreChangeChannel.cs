using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Multistore.Farm;
using Multistore.Shells;
using Multistore.Tenancy;
using Npgsql;

namespace Multistore.Hosting;

/// <summary>
/// The farm's change channel for what a store's shells hold in memory: a store's settings and features (its shell is
/// released on every node) and the modules' own messages (<see cref="IStoreChangeBroadcast"/>, a page cache eviction).
/// Registry changes (tenants, hosts) travel on the registry's own stamp (<see cref="TenantChangeWatcher"/>). On a
/// PostgreSQL host database the messages are NOTIFYs on <see cref="Channel"/>, which <see cref="TenantChangeWatcher"/>
/// listens to on the same connection as the registry's; on the embedded SQLite host there is one node and nothing is
/// sent. A node that lost its listening connection may have missed messages, so on reconnecting it releases every
/// running shell (<see cref="Reconcile"/>): the next request builds each from the database.
/// </summary>
internal sealed class StoreChangeChannel(IOptions<MultistoreOptions> options, ShellHost shells, ILogger<StoreChangeChannel> logger)
{
    /// <summary>The PostgreSQL NOTIFY channel of store changes.</summary>
    public const string Channel = "multistore_changes";

    internal const string ReleaseKind = "shell.release";

    // PostgreSQL refuses payloads of 8,000 bytes or more; a longer message is sent as a release of the store's shell,
    // which covers every change a handler could apply.
    private const int MaxPayloadBytes = 7_900;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentQueue<string> _received = new();

    /// <summary>This process among the farm's nodes: its own messages come back to it and are ignored.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N")[..12];

    private bool IsFarm => options.Value.HostDatabase.Provider == DatabaseProvider.Postgres;

    /// <summary>Releases the store's shell here and on every other node (after a change of its settings or features).</summary>
    public async Task ReleaseEverywhereAsync(string tenant, CancellationToken cancellationToken)
    {
        await TellRebuildHandlersAsync(tenant, cancellationToken);
        shells.Release(tenant);
        await PublishAsync(tenant, ReleaseKind, "", cancellationToken);
    }

    /// <summary>The running shell's <see cref="IStoreRebuildHandler"/>s (a CDN purge of the store's pages) before it goes.</summary>
    private async Task TellRebuildHandlersAsync(string tenant, CancellationToken cancellationToken)
    {
        if (shells.Running(tenant) is not { } shell)
        {
            return;
        }

        try
        {
            foreach (var handler in shell.Services.GetServices<IStoreRebuildHandler>())
            {
                await handler.StoreRebuildingAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "A rebuild handler of store {Tenant} failed; the change is saved and its shell is released", tenant);
        }
    }

    /// <summary>Sends a store's change to the other nodes; a failure is logged, never thrown at the change that is already saved.</summary>
    public async Task PublishAsync(string tenant, string kind, string data, CancellationToken cancellationToken)
    {
        if (!IsFarm)
        {
            return;
        }

        var payload = JsonSerializer.Serialize(new StoreChange(Node, tenant, kind, data), Json);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            payload = JsonSerializer.Serialize(new StoreChange(Node, tenant, ReleaseKind, ""), Json);
        }

        try
        {
            await using var connection = new NpgsqlConnection(options.Value.HostDatabase.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", payload);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogError(exception, "Could not tell the other nodes about {Kind} of store {Tenant}; they catch up when their shell is next built",
                kind, tenant);
        }
    }

    /// <summary>Takes a NOTIFY payload as the listening connection receives it; applied by <see cref="ApplyReceivedAsync"/>.</summary>
    public void Receive(string payload) => _received.Enqueue(payload);

    /// <summary>Applies what other nodes sent since the last call.</summary>
    public async Task ApplyReceivedAsync(CancellationToken cancellationToken)
    {
        while (_received.TryDequeue(out var payload))
        {
            StoreChange? change;
            try
            {
                change = JsonSerializer.Deserialize<StoreChange>(payload, Json);
            }
            catch (JsonException exception)
            {
                logger.LogWarning(exception, "Ignored a store change message that is not one: {Payload}", payload);
                continue;
            }

            if (change is null || change.Node == Node || string.IsNullOrEmpty(change.Tenant))
            {
                continue;
            }

            await ApplyAsync(change, cancellationToken);
        }
    }

    /// <summary>After the channel was cut: every running shell may have missed changes, so each is rebuilt on its next request.</summary>
    public void Reconcile()
    {
        var running = shells.RunningShells.Select(s => s.Settings.Name).ToList();
        if (running.Count > 0)
        {
            logger.LogWarning("The change channel reconnected: releasing {Count} running shells, which may have missed changes", running.Count);
        }

        foreach (var name in running)
        {
            shells.Release(name);
        }
    }

    private async Task ApplyAsync(StoreChange change, CancellationToken cancellationToken)
    {
        if (change.Kind == ReleaseKind)
        {
            shells.Release(change.Tenant);
            return;
        }

        var shell = shells.Running(change.Tenant);
        if (shell is null || !shell.TryEnter())
        {
            return;
        }

        try
        {
            var handlers = shell.Services.GetServices<IStoreChangeHandler>().Where(h => h.Kind == change.Kind).ToList();
            if (handlers.Count == 0)
            {
                // A node without the module (another version during a rolling upgrade): rebuilding covers it.
                shells.Release(change.Tenant);
            }

            foreach (var handler in handlers)
            {
                await handler.ApplyAsync(change.Data, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Applying {Kind} from node {Node} to store {Tenant} failed; releasing its shell", change.Kind, change.Node, change.Tenant);
            shells.Release(change.Tenant);
        }
        finally
        {
            shell.Exit();
        }
    }

    private sealed record StoreChange(string Node, string Tenant, string Kind, string Data);
}

/// <summary>A shell's side of the change channel: its messages name its store.</summary>
internal sealed class StoreChangeBroadcast(StoreChangeChannel channel, TenantSettings tenant) : IStoreChangeBroadcast
{
    public Task PublishAsync(string kind, string data, CancellationToken cancellationToken) =>
        channel.PublishAsync(tenant.Name, kind, data, cancellationToken);
}
