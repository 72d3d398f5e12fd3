using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Setup;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary><c>tenants export &lt;name&gt; [--output file] [--include-content]</c>: the store's configuration as a recipe.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CommandConsole console)
    {
        var name = new Argument<string>("name") { Description = "The tenant to export." };
        var output = new Option<string?>("--output") { Description = "File to write; the recipe is printed when omitted." };
        var content = new Option<bool>("--include-content") { Description = "Also export content (catalog) where modules support it." };
        var command = new Command("export", "Export a store's configuration as a recipe, to clone it with 'tenants create --recipe file.json'.") { name, output, content };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var recipe = await services.GetRequiredService<ITenantExport>().ExportAsync(parse.GetValue(name)!, parse.GetValue(content), ct);
            var json = recipe.ToJsonString(Indented);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, json, ct);
                await console.Output.WriteLineAsync($"Exported '{parse.GetValue(name)}' to {Path.GetFullPath(file)}.");
            }
            else
            {
                await console.Output.WriteLineAsync(json);
            }
        }));
        return command;
    }
}
