using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Multistore.Data;
using Multistore.Tenancy.Management;

namespace Multistore.Setup;

/// <summary>
/// Rollouts in the host database. A node takes a rollout to run or roll back by a claim that only one node wins (the
/// record's version), and records each store's result as it goes, so the admin and the API show its progress.
/// </summary>
internal sealed class RolloutStore(IDbContextFactory<HostDbContext> contexts, TimeProvider clock)
{
    /// <summary>A rollout that has recorded no progress for this long was cut off (its node died) and may be taken again.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The host's clock, which stamps every rollout.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<RolloutRun?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Rollouts.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return record is null ? null : Read(record);
    }

    public async Task<IReadOnlyList<RolloutRun>> ListAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Rollouts.AsNoTracking().OrderByDescending(r => r.StartedUtc).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return [.. records.Select(Read)];
    }

    public async Task<RolloutRun> AddAsync(RolloutRun run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new RolloutRecord { Id = run.Id, Feature = run.Plan.Feature, StartedUtc = run.StartedUtc.UtcDateTime };
        Write(record, run);
        db.Rollouts.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>
    /// Moves a rollout into <paramref name="state"/> (running or rolling back) when <paramref name="allowed"/> says its
    /// current state permits it, or when it was left running by a node that died; refuses with the reason otherwise.
    /// </summary>
    public async Task<RolloutRun> ClaimAsync(string id, RolloutRunState state, Func<RolloutRun, string?> allowed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Rollouts.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw TenantValidationException.For("id", $"There is no rollout '{id}'.");
        var run = Read(record);
        var now = clock.GetUtcNow();
        if (run.State is RolloutRunState.Running or RolloutRunState.RollingBack)
        {
            if (now - run.UpdatedUtc < Abandoned)
            {
                throw new DbUpdateConcurrencyException($"Rollout '{id}' is {Describe(run.State)} (last progress at {run.UpdatedUtc:HH:mm:ss} UTC); wait for it to stop.");
            }
        }
        else if (allowed(run) is { } refusal)
        {
            throw TenantValidationException.For("state", refusal);
        }

        run = run with { State = state, StoppedBecause = null, UpdatedUtc = now };
        Write(record, run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DbUpdateConcurrencyException($"Rollout '{id}' was taken by another request at the same moment; nothing was changed.");
        }

        return run;
    }

    /// <summary>Records progress or the end of a run this node holds.</summary>
    public async Task<RolloutRun> SaveAsync(RolloutRun run, CancellationToken cancellationToken)
    {
        run = run with { UpdatedUtc = clock.GetUtcNow() };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Rollouts.SingleAsync(r => r.Id == run.Id, cancellationToken);
        Write(record, run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    public static string Describe(RolloutRunState state) => state switch
    {
        RolloutRunState.RollingBack => "rolling back",
        RolloutRunState.RolledBack => "rolled back",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static void Write(RolloutRecord record, RolloutRun run)
    {
        record.State = run.State.ToString();
        record.Json = JsonSerializer.Serialize(run, Json);
        record.UpdatedUtc = run.UpdatedUtc.UtcDateTime;
        record.Version++;
    }

    private static RolloutRun Read(RolloutRecord record) =>
        JsonSerializer.Deserialize<RolloutRun>(record.Json, Json) ?? throw new InvalidOperationException($"Rollout '{record.Id}' is not readable.");
}
