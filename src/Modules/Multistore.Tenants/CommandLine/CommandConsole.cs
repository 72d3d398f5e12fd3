using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.CommandLine;

/// <summary>What every command shares: the engine's services, the output, and one way to report refusals.</summary>
internal sealed class CommandConsole(CommandLineHost host, TextWriter output, HttpMessageHandler storeProbe)
{
    public TextWriter Output { get; } = output;

    /// <summary>Where the host listens, as its configuration says.</summary>
    public static HostAddress Address(IServiceProvider services) => HostAddress.From(services.GetRequiredService<IConfiguration>());

    /// <summary>Says the store is there once the running host serves it (or that no host runs).</summary>
    public Task ReportReadyAsync(IServiceProvider services, TenantSettings tenant, CancellationToken cancellationToken) =>
        new StoreReadiness(storeProbe, Address(services), services.GetService<TimeProvider>() ?? TimeProvider.System).ReportAsync(tenant, Output, cancellationToken);

    /// <summary>Runs a command against the engine; refusals print every error with its field and exit with 1.</summary>
    public Task<int> RunAsync(Func<IServiceProvider, Task> action) => RunAsync(async services =>
    {
        await action(services);
        return 0;
    });

    /// <summary>Runs a command whose own outcome sets the exit code; refusals print every error with its field and exit with 1.</summary>
    public async Task<int> RunAsync(Func<IServiceProvider, Task<int>> action)
    {
        try
        {
            var services = await host.ServicesAsync();
            return await action(services);
        }
        catch (TenantValidationException exception)
        {
            foreach (var (field, messages) in exception.Errors)
            {
                foreach (var message in messages)
                {
                    await Output.WriteLineAsync($"error: {field}: {message}");
                }
            }
        }
        catch (RecipeException exception)
        {
            foreach (var error in exception.Errors)
            {
                await Output.WriteLineAsync($"error: {error}");
            }
        }
        catch (Exception exception) when (exception is TenantConflictException or InvalidOperationException or IOException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            await Output.WriteLineAsync($"error: {exception.Message}");
        }

        return 1;
    }
}
