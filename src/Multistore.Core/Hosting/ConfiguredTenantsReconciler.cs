using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// Creates and sets up, at start-up, the tenants declared in configuration that do not exist yet (never
/// twice), the Default tenant first; then prints where each store answers.
/// </summary>
internal sealed class ConfiguredTenantsReconciler(
    HostStartup startup,
    TenantRegistry registry,
    TenantCreationService tenants,
    IOptions<MultistoreOptions> options,
    IServer server,
    ILogger<ConfiguredTenantsReconciler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitUntilReadyAsync(logger, stoppingToken);
        var declared = options.Value.Tenants.OrderByDescending(t => t.Name == TenantSettings.DefaultName).ToList();
        foreach (var configured in declared)
        {
            try
            {
                await ReconcileAsync(configured, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError("Tenant {Tenant} from configuration could not be set up: {Error}", configured.Name, exception.Message);
            }
        }

        if (declared.Count > 0)
        {
            PrintUrls(declared);
        }
    }

    private async Task ReconcileAsync(ConfiguredTenant configured, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(configured.Parameters, StringComparer.OrdinalIgnoreCase);
        var existing = registry.Find(configured.Name);
        if (existing is null)
        {
            logger.LogInformation("Creating tenant {Tenant} from recipe {Recipe}", configured.Name, configured.Recipe);
            var request = new TenantRequest
            {
                Name = configured.Name, Hosts = [.. configured.Hosts], UrlPrefix = configured.UrlPrefix, RecipeName = configured.Recipe,
                AllowWildcard = configured.AllowWildcard, Region = Blank(configured.Region), Tier = Blank(configured.Tier),
            };
            Announce(await tenants.CreateAndSetupAsync(request, null, parameters, null, cancellationToken));
        }
        else if (existing.State == TenantState.Uninitialized)
        {
            Announce(await tenants.SetupAsync(configured.Name, configured.Recipe, parameters, null, cancellationToken));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A store declared without an AdminPassword got a generated one: the log is the one place it is shown.</summary>
    private void Announce(TenantSetupResult setup)
    {
        if (setup.GeneratedAdminPassword is { } password)
        {
            logger.LogWarning("Tenant {Tenant} was set up without an AdminPassword; its administrator's generated password, shown this once: {Password}",
                setup.Tenant.Name, password);
        }
    }

    private void PrintUrls(IEnumerable<ConfiguredTenant> declared)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var port = addresses.Select(a => new Uri(a.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal)))
            .FirstOrDefault(u => u.Scheme == "http")?.Port;
        var suffix = port is null or 80 ? "" : $":{port}";
        foreach (var tenant in declared.Select(t => registry.Find(t.Name)).OfType<TenantSettings>())
        {
            var urls = tenant.Hosts.Select(h => $"http://{h}{suffix}/").ToList();
            if (tenant.UrlPrefix is not null)
            {
                urls = [.. urls.Select(u => u + tenant.UrlPrefix + "/")];
            }

            logger.LogInformation("{Tenant} ({State}): {Urls}", tenant.Name, tenant.State, string.Join("  ", urls));
        }
    }
}
