using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// <c>tenants rollout run|resume|rollback|list|show</c>: a feature switched across the fleet in rings (canaries, a wave, the
/// rest) with a progress bar and each store's outcome; a rollout that stopped on failures exits with 2.
/// </summary>
internal static class RolloutCommand
{
    /// <summary>The exit code of a rollout that stopped before its end.</summary>
    public const int Stopped = 2;

    private const int BarWidth = 20;

    public static Command Create(CommandConsole console)
    {
        var rollout = new Command("rollout", "Switch a feature across the stores in rings, follow, resume or roll back a rollout.");
        rollout.Subcommands.Add(Run(console));
        rollout.Subcommands.Add(Continue(console, "resume", "Go on with a stopped rollout from its next store.", (r, id, p, ct) => r.ResumeAsync(id, RolloutExecution.Here, p, ct)));
        rollout.Subcommands.Add(Continue(console, "rollback", "Switch back every store the rollout changed, last first.", (r, id, p, ct) => r.RollBackAsync(id, RolloutExecution.Here, p, ct)));
        rollout.Subcommands.Add(List(console));
        rollout.Subcommands.Add(Show(console));
        return rollout;
    }

    private static Command Run(CommandConsole console)
    {
        var feature = new Option<string>("--feature") { Description = "The feature to switch.", Required = true };
        var disable = new Option<bool>("--disable") { Description = "Disable the feature instead of enabling it." };
        var stores = new Option<string[]>("--store") { Description = "A store to roll out to (repeatable); every running store when omitted." };
        var canaries = new Option<string[]>("--canary") { Description = "A store that goes first (repeatable)." };
        var wave = new Option<int>("--wave") { Description = "Percentage of the other stores in the second ring (0 to 100).", DefaultValueFactory = _ => 0 };
        var maxFailures = new Option<int>("--max-failures") { Description = "Stores that may fail before the rollout stops.", DefaultValueFactory = _ => 0 };
        var command = new Command("run", "Start a rollout and follow it to its end.") { feature, disable, stores, canaries, wave, maxFailures };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var plan = new RolloutPlan(parse.GetValue(feature)!, !parse.GetValue(disable), parse.GetValue(stores), parse.GetValue(canaries),
                parse.GetValue(wave), parse.GetValue(maxFailures));
            var run = await services.GetRequiredService<IFeatureRollouts>().StartAsync(plan, RolloutExecution.Here, new BarProgress(console.Output), ct);
            return await SummaryAsync(console.Output, run);
        }));
        return command;
    }

    private static Command Continue(CommandConsole console, string name, string description,
        Func<IFeatureRollouts, string, IProgress<RolloutStep>, CancellationToken, Task<RolloutRun>> action)
    {
        var id = new Argument<string>("id") { Description = "The rollout, as 'tenants rollout list' shows it." };
        var command = new Command(name, description) { id };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var run = await action(services.GetRequiredService<IFeatureRollouts>(), parse.GetValue(id)!, new BarProgress(console.Output), ct);
            return await SummaryAsync(console.Output, run);
        }));
        return command;
    }

    private static Command List(CommandConsole console)
    {
        var command = new Command("list", "The latest rollouts, newest first.");
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            foreach (var run in await services.GetRequiredService<IFeatureRollouts>().ListAsync(50, ct))
            {
                await console.Output.WriteLineAsync(
                    $"{run.Id}  {run.StartedUtc:yyyy-MM-dd HH:mm}  {(run.Plan.Enable ? "enable" : "disable")} {run.Plan.Feature}  {run.State}  {run.Done}/{run.Total} done, {run.Failed} failed");
            }
        }));
        return command;
    }

    private static Command Show(CommandConsole console)
    {
        var id = new Argument<string>("id") { Description = "The rollout." };
        var command = new Command("show", "A rollout's rings and each store's outcome.") { id };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var run = await services.GetRequiredService<IFeatureRollouts>().FindAsync(parse.GetValue(id)!, ct);
            if (run is null)
            {
                await console.Output.WriteLineAsync($"error: id: There is no rollout '{parse.GetValue(id)}'.");
                return 1;
            }

            foreach (var ring in run.Rings)
            {
                await console.Output.WriteLineAsync($"{ring.Name}:");
                foreach (var tenant in ring.Tenants)
                {
                    var result = run.Results.FirstOrDefault(r => string.Equals(r.Tenant, tenant, StringComparison.OrdinalIgnoreCase));
                    await console.Output.WriteLineAsync($"  {tenant,-24} {(result is null ? "Pending" : $"{result.Outcome,-9} {result.Message}")}");
                }
            }

            foreach (var result in run.RollbackResults)
            {
                await console.Output.WriteLineAsync($"  rolled back {result.Tenant,-24} {result.Outcome,-9} {result.Message}");
            }

            return await SummaryAsync(console.Output, run);
        }));
        return command;
    }

    private static async Task<int> SummaryAsync(TextWriter output, RolloutRun run)
    {
        var changed = run.Results.Count(r => r.Outcome == FeatureRolloutOutcome.Changed);
        await output.WriteLineAsync($"Rollout {run.Id} ({(run.Plan.Enable ? "enable" : "disable")} {run.Plan.Feature}): {RolloutWords.State(run.State)}; "
            + $"{run.Done} of {run.Total} stores done, {changed} changed, {run.Failed} failed{(run.RollbackResults.Count > 0 ? $", {run.RollbackResults.Count} rolled back" : "")}.");
        if (run.StoppedBecause is { } reason)
        {
            await output.WriteLineAsync($"Stopped: {reason} Resume with 'tenants rollout resume {run.Id}' or undo with 'tenants rollout rollback {run.Id}'.");
        }

        return run.State == RolloutRunState.Stopped ? Stopped : 0;
    }

    /// <summary>One line per store with a bar of how far the rollout is, written as each store is done, in order.</summary>
    private sealed class BarProgress(TextWriter output) : IProgress<RolloutStep>
    {
        public void Report(RolloutStep value)
        {
            var filled = value.Total == 0 ? BarWidth : value.Done * BarWidth / value.Total;
            output.WriteLine($"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Done,3}/{value.Total,-3} {value.Ring,-6} {value.Result.Tenant,-24} {value.Result.Outcome,-9} {value.Result.Message}");
        }
    }
}
