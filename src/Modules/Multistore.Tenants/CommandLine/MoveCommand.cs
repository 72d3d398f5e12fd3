using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// <c>tenants move &lt;name&gt; --tier database --region eu</c>: moves a store's data to another tier or region while it
/// sells, with a progress bar per step and each table verified at the end; a move that failed (and was undone) exits with 1.
/// </summary>
internal static class MoveCommand
{
    private const int BarWidth = 20;

    public static Command Create(CommandConsole console)
    {
        var name = new Argument<string>("name") { Description = "The store to move." };
        var tier = new Option<string>("--tier") { Description = "sqlite, schema, database or server.", Required = true };
        var region = new Option<string?>("--region") { Description = "The region (Multistore:Regions) whose servers take the store; not for sqlite." };
        var command = new Command("move", "Move a store's data to another tier or region while it keeps selling.") { name, tier, region };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var moves = services.GetRequiredService<ITenantMoves>();
            TenantMoveResult moved;
            try
            {
                moved = await moves.MoveAsync(parse.GetValue(name)!, new TenantMoveRequest(parse.GetValue(region), parse.GetValue(tier)),
                    new BarProgress(console.Output), ct);
            }
            catch (TenantMoveFailedException exception)
            {
                await console.Output.WriteLineAsync($"error: {exception.Message}");
                return 1;
            }

            await console.Output.WriteLineAsync($"Store '{moved.Tenant.Name}' moved from {moved.From} to {moved.To}.");
            await console.Output.WriteLineAsync($"{moved.Tables.Count} tables verified ({moved.Tables.Sum(t => t.Rows)} rows); "
                + $"{moved.CaughtUpRows} rows caught up; closed for {moved.Unavailable.TotalSeconds:F1} s of {moved.Total.TotalSeconds:F1} s. The old copy is kept.");
            return 0;
        }));
        return command;
    }

    private sealed class BarProgress(TextWriter output) : IProgress<TenantMoveProgress>
    {
        public void Report(TenantMoveProgress value)
        {
            var filled = value.Percent * BarWidth / 100;
            output.WriteLine($"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Percent,3}% {value.Phase,-11} {value.Message}");
        }
    }
}
