using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Endpoints;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// <c>tenants diff &lt;store&gt; [--against template|recipe] [--exit-code]</c>: every value where the store differs from its
/// template or recipe, with its source; <c>tenants bring-back &lt;store&gt; [--against ...] (--key k ... | --all)</c> returns them.
/// </summary>
internal static class DriftCommands
{
    public static IEnumerable<Command> All(CommandConsole console) => [Diff(console), BringBack(console)];

    private static Option<string?> Against() => new("--against") { Description = "template or recipe; the store's template when it has one, its recipe otherwise." };

    private static Command Diff(CommandConsole console)
    {
        var name = new Argument<string>("name") { Description = "The store." };
        var against = Against();
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when the store differs (for scripts and CI)." };
        var command = new Command("diff", "List every value where a store differs from its brand template or recipe.") { name, against, exitCode };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var store = parse.GetValue(name)!;
            var baseline = Baseline.Parse(parse.GetValue(against), store, services.GetRequiredService<ITenantCatalog>());
            var drift = await services.GetRequiredService<IStoreDrift>().DiffAsync(store, baseline, ct);
            await WriteAsync(console.Output, drift);
            return parse.GetValue(exitCode) && drift.Drifted ? 1 : 0;
        }));
        return command;
    }

    private static Command BringBack(CommandConsole console)
    {
        var name = new Argument<string>("name") { Description = "The store." };
        var against = Against();
        var keys = new Option<string[]>("--key") { Description = "A difference to bring back, as 'tenants diff' names it (repeatable)." };
        var all = new Option<bool>("--all") { Description = "Bring back every difference." };
        var command = new Command("bring-back", "Return a store's values to its brand template's or recipe's.") { name, against, keys, all };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var chosen = parse.GetValue(keys) ?? [];
            if (chosen.Length == 0 && !parse.GetValue(all))
            {
                await console.Output.WriteLineAsync("error: key: Name the differences to bring back with --key (see 'tenants diff'), or give --all.");
                return 1;
            }

            var store = parse.GetValue(name)!;
            var baseline = Baseline.Parse(parse.GetValue(against), store, services.GetRequiredService<ITenantCatalog>());
            var drift = await services.GetRequiredService<IStoreDrift>().BringBackAsync(store, baseline, chosen.Length == 0 ? null : chosen, ct);
            await console.Output.WriteLineAsync($"Brought back {(chosen.Length == 0 ? "every difference" : string.Join(", ", chosen))}.");
            await WriteAsync(console.Output, drift);
            return 0;
        }));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, StoreDrift drift)
    {
        var kind = drift.Against.ToString().ToLowerInvariant();
        if (drift.Baseline is null)
        {
            await output.WriteLineAsync(drift.Against == DriftBaseline.Template
                ? $"'{drift.Tenant}' has no brand template; compare it with its recipe (--against recipe)."
                : $"'{drift.Tenant}' was not made from a recipe of this host (an uploaded recipe or export): there is nothing to compare it with.");
            return;
        }

        await output.WriteLineAsync(drift.Drifted
            ? $"'{drift.Tenant}' differs from {kind} '{drift.Baseline}' in {drift.Items.Count} value{(drift.Items.Count == 1 ? "" : "s")}:"
            : $"'{drift.Tenant}' is as {kind} '{drift.Baseline}' has it.");
        foreach (var item in drift.Items)
        {
            await output.WriteLineAsync($"  {item.Key}");
            await output.WriteLineAsync($"      store: {Show(item, item.Current)}    {kind} {item.Source}: {Show(item, item.Baseline)}");
        }

        if (drift.NotCompared.Count > 0)
        {
            await output.WriteLineAsync($"Not compared (the {kind} takes them from parameters): {string.Join(", ", drift.NotCompared)}");
        }
    }

    private static string Show(DriftItem item, JsonElement value) => item.Kind == DriftItem.Feature
        ? value.ValueKind == JsonValueKind.True ? "enabled" : "disabled"
        : value.ValueKind == JsonValueKind.Null ? "(not set)" : value.GetRawText();
}
