using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Hosting;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Tenants.Services;

namespace Multistore.Integration.Tests.Tenants;

/// <summary>
/// A host whose Default tenant is the SaaS host (recipe 'saas', host 'host.test'), shared by the Tenants tests;
/// each test makes its own stores and keys.
/// </summary>
public static class SaasHost
{
    public const string HostName = "host.test";

    // Started inside the initializer: two test classes building the host at once made two hosts on one App_Data, whose
    // reconcilers both created the Default tenant (one failed on the unique name, and the tests on its host never saw it).
    private static readonly Lazy<MultistoreFactory> SharedFactory = new(() =>
    {
        var factory = new MultistoreFactory(Declaring(HostName));
        _ = factory.Server;
        return factory;
    });

    public static MultistoreFactory Factory => SharedFactory.Value;

    /// <summary>Settings that declare the Default tenant in configuration, as an operator would.</summary>
    public static Dictionary<string, string?> Declaring(string host) => new()
    {
        ["Multistore:Tenants:0:Name"] = TenantSettings.DefaultName,
        ["Multistore:Tenants:0:Hosts:0"] = host,
        ["Multistore:Tenants:0:Recipe"] = "saas",
        ["Multistore:Tenants:0:Parameters:AdminPassword"] = MultistoreFactory.AdminPassword,
    };

    public static async Task<MultistoreFactory> ReadyAsync()
    {
        await WaitForAsync(Factory, TenantSettings.DefaultName, TenantState.Running, seconds: 180);
        return Factory;
    }

    /// <summary>Waits until the host's registry shows the tenant in the state (the reconciler and the change watcher work in the background).</summary>
    public static async Task<TenantSettings?> WaitForAsync(MultistoreFactory factory, string name, TenantState? state, int seconds = 60)
    {
        var registry = factory.Service<TenantRegistry>();
        for (var waited = 0; waited < seconds * 10; waited++)
        {
            var tenant = registry.Find(name);
            if (state is null ? tenant is null : tenant?.State == state)
            {
                return tenant;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Tenant '{name}' did not reach {state?.ToString() ?? "removed"} (it is {registry.Find(name)?.State.ToString() ?? "absent"}).");
    }

    public static async Task<string> IssueKeyAsync(params string[] permissions)
    {
        var factory = await ReadyAsync();
        var shell = await factory.Service<ShellHost>().GetAsync(factory.Service<TenantRegistry>().Find(TenantSettings.DefaultName)!);
        await using var scope = shell.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync("tests", permissions, CancellationToken.None);
        return issued.Secret;
    }

    public static HttpClient Client(string? key, string host = HostName)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/") });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>The configuration another process (the command line) needs to work on this host's App_Data and databases.</summary>
    public static Dictionary<string, string?> SettingsOf(MultistoreFactory factory)
    {
        var options = factory.Services.GetRequiredService<IOptions<MultistoreOptions>>().Value;
        var settings = new Dictionary<string, string?>
        {
            ["Multistore:AppDataPath"] = factory.AppData,
            ["Multistore:HostDatabase:Provider"] = options.HostDatabase.Provider.ToString(),
            ["Multistore:TenantDatabase:Provider"] = options.TenantDatabase.Provider.ToString(),
            ["Multistore:TenantDatabase:SchemaPerTenant"] = options.TenantDatabase.SchemaPerTenant.ToString(),
        };
        if (options.HostDatabase.ConnectionString is { } host)
        {
            settings["Multistore:HostDatabase:ConnectionString"] = host;
        }

        if (options.TenantDatabase.ConnectionString is { } tenants)
        {
            settings["Multistore:TenantDatabase:ConnectionString"] = tenants;
        }

        return settings;
    }
}
