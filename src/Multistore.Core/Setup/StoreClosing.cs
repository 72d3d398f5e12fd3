using Microsoft.Extensions.Options;
using Multistore.Hosting;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// Closes a store for a few seconds (<see cref="TenantState.Maintenance"/>: 503 with Retry-After) and waits until nothing
/// of it runs on this node: every shell it had is disposed, so the requests inside have left and the background tasks
/// have stopped. Other processes (the other nodes of a farm, or the running host beside a command-line move) close it when
/// they hear of the change; they get a moment to finish.
/// </summary>
internal sealed class StoreClosing(TenantRegistry registry, ShellHost shells, IOptions<MultistoreOptions> options, TimeProvider clock)
{
    /// <summary>How long the requests already inside the store may take to finish once it is closed.</summary>
    private static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(30);

    /// <summary>In a farm, the other nodes close the store when the change channel tells them: this is their time to finish.</summary>
    private static readonly TimeSpan FarmSettle = TimeSpan.FromSeconds(3);

    /// <summary>
    /// On one node the move may run in the command line beside the running host, which notices the close by polling the
    /// registry every second (<see cref="TenantChangeWatcher"/>): this is its time to see it and finish.
    /// </summary>
    private static readonly TimeSpan NodeSettle = TimeSpan.FromSeconds(2);

    public TimeProvider Clock => clock;

    /// <summary>Closes the store and answers when it was closed (a <see cref="TimeProvider"/> timestamp).</summary>
    public async Task<long> CloseAsync(string name, CancellationToken cancellationToken)
    {
        await registry.UpdateAsync(name, t => t with { State = TenantState.Maintenance }, cancellationToken);
        var closedAt = clock.GetTimestamp();
        try
        {
            await shells.DrainAsync(name).WaitAsync(DrainWait, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TenantMoveFailedException($"Requests of store '{name}' were still running {DrainWait.TotalSeconds:F0} s after it was closed; "
                + "the move was undone and the store is open again where it was.");
        }

        await Task.Delay(options.Value.IsFarm ? FarmSettle : NodeSettle, clock, cancellationToken);

        return closedAt;
    }

    /// <summary>Opens the store again in the state it had, where it was.</summary>
    public Task ReopenAsync(string name, TenantState state) =>
        registry.UpdateAsync(name, t => t with { State = state }, CancellationToken.None);
}
