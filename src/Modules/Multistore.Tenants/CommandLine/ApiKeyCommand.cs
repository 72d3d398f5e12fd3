using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;
using Multistore.Tenants.Services;

namespace Multistore.Tenants.CommandLine;

/// <summary><c>tenants apikey --name ci --permission tenants.manage</c>: issues a key for the tenants API (shown once).</summary>
internal static class ApiKeyCommand
{
    public static Command Create(CommandConsole console)
    {
        var name = new Option<string>("--name") { Description = "What the key is for.", Required = true };
        var permissions = new Option<string[]>("--permission") { Description = $"Permission to grant (repeatable): {string.Join(", ", TenantsPermissions.All)}.", Required = true };
        var command = new Command("apikey", "Issue an API key for /api/tenants; it is printed once and stored only as a hash.") { name, permissions };
        command.SetAction((parse, ct) => console.RunAsync(async services =>
        {
            var host = services.GetRequiredService<ITenantCatalog>().Find(TenantSettings.DefaultName) is { State: TenantState.Running } tenant
                ? tenant : throw new InvalidOperationException("The Default tenant (the SaaS host) is not set up yet; start the host once first.");
            var enabled = await services.GetRequiredService<ITenantFeatures>().EnabledAsync(host.Name, ct);
            if (!enabled.Contains("Multistore.Tenants", StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("The Tenants feature is not enabled on the Default tenant.");
            }

            await using var scope = await services.GetRequiredService<ITenantShells>().CreateScopeAsync(host);
            var issued = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync(parse.GetValue(name)!, parse.GetValue(permissions)!, ct);
            await console.Output.WriteLineAsync($"API key '{issued.Key.Name}' ({issued.Key.Permissions}):");
            await console.Output.WriteLineAsync(issued.Secret);
        }));
        return command;
    }
}
