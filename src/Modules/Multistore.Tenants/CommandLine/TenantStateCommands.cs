using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary><c>tenants setup|enable|disable|remove &lt;name&gt;</c>.</summary>
internal static class TenantStateCommands
{
    public static IEnumerable<Command> All(CommandConsole console)
    {
        yield return Setup(console);
        yield return Simple(console, "enable", "Enable a disabled store.", async (t, name, ct) =>
            $"Tenant '{name}' is {(await t.EnableAsync(name, ct)).State}.");
        yield return Simple(console, "disable", "Disable a store: it answers 503 until enabled.", async (t, name, ct) =>
            $"Tenant '{name}' is {(await t.DisableAsync(name, ct)).State}.");
        yield return Simple(console, "remove", "Remove a disabled store with its database and files.", async (t, name, ct) =>
        {
            await t.RemoveAsync(name, ct);
            return $"Tenant '{name}' removed with its database and files.";
        });
    }

    private static Command Setup(CommandConsole console)
    {
        var name = new Argument<string>("name") { Description = "The tenant to set up." };
        var recipe = new Option<string?>("--recipe") { Description = "Recipe; defaults to the one the tenant was created with." };
        var parameters = ParameterOptions.Create();
        var command = new Command("setup", "Set up a registered store from a recipe, showing progress.") { name, recipe, parameters };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var tenantName = parse.GetValue(name)!;
            var recipeName = parse.GetValue(recipe) ?? services.GetRequiredService<ITenantCatalog>().Find(tenantName)?.RecipeName
                ?? throw TenantValidationException.For("recipe", "Name the recipe with --recipe.");
            var setup = await services.GetRequiredService<ITenantCreation>().SetupAsync(tenantName, recipeName,
                ParameterOptions.Read(parse, parameters), new WriterProgress(console.Output), ct);
            await console.Output.WriteLineAsync($"Tenant '{setup.Tenant.Name}' is {setup.Tenant.State}. {TenantAddresses.Describe(setup.Tenant, CommandConsole.Address(services))}");
            await GeneratedPassword.WriteAsync(console.Output, setup.GeneratedAdminPassword);
            await console.ReportReadyAsync(services, setup.Tenant, ct);
        }));
        return command;
    }

    private static Command Simple(CommandConsole console, string verb, string description, Func<ITenantStates, string, CancellationToken, Task<string>> action)
    {
        var name = new Argument<string>("name") { Description = "The tenant." };
        var command = new Command(verb, description) { name };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
            await console.Output.WriteLineAsync(await action(services.GetRequiredService<ITenantStates>(), parse.GetValue(name)!, ct))));
        return command;
    }
}
