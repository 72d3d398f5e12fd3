using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.BrandTemplates;
using Multistore.Data;
using Multistore.Hosting;
using Multistore.Modules;
using Multistore.Settings;
using Multistore.Tenancy;

namespace Multistore.Shells;

/// <summary>
/// Builds a shell: features from the tenant database and its brand templates, container, pending migrations,
/// settings, pipeline, then starts its background tasks.
/// </summary>
internal sealed class ShellContextFactory(
    FeatureSet featureSet,
    ShellServices shellServices,
    BrandTemplateStore templates,
    AppDataPaths paths,
    TimeProvider clock,
    ILogger<ShellContextFactory> logger)
{
    /// <summary>Builds the running shell of a set-up tenant: migrates, loads settings, builds the pipeline.</summary>
    public async Task<ShellContext> CreateAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var phases = new ShellBuildPhases();
        var allocations = ShellBuildAllocations.Start();
        var connection = TenantConnection.For(tenant, paths.AppData);
        var enabled = await ReadEnabledFeaturesAsync(connection, cancellationToken);
        var chain = await templates.ChainAsync(tenant.Template, cancellationToken);
        var resolution = featureSet.Resolve(enabled.Concat(chain.Features), tenant.IsDefault);
        foreach (var error in resolution.Errors)
        {
            // A module removed from the host leaves its feature row behind: the tenant still runs without it.
            logger.LogWarning("Tenant {Tenant}: {Error}", tenant.Name, error);
        }

        phases.Mark("features");
        var shell = Build(tenant, connection, chain, resolution.Features);
        phases.Mark("container");
        try
        {
            await MigrateAsync(shell, cancellationToken);
            phases.Mark("migrations");
            await shell.Services.GetRequiredService<SiteSettingsStore>().LoadAsync(cancellationToken);
            phases.Mark("settings");
            shell.Pipeline = ShellPipeline.Build(shell.Services, StartupsOf(resolution.Features));
            phases.Mark("pipeline");
            // Stopped before the background tasks start, so they do not carry the build's context (and its count) along.
            shell.EstimatedBytes = allocations.Stop();
            shell.StartBackgroundTasks();
            var tag = ShellMetrics.Tenant(tenant.Name);
            ShellMetrics.Builds.Add(1, tag);
            ShellMetrics.BuildDuration.Record(phases.TotalMilliseconds, tag);
            logger.LogInformation("Shell {Tenant} built in {Elapsed:F0} ms ({Phases})", tenant.Name, phases.TotalMilliseconds, phases);
            return shell;
        }
        catch
        {
            allocations.Stop();
            await shell.DisposeAsync();
            throw;
        }
    }

    public TenantConnection ConnectionOf(TenantSettings tenant) => TenantConnection.For(tenant, paths.AppData);

    /// <summary>A shell for running a recipe: built with the recipe's and the templates' features, nothing read or migrated yet.</summary>
    public ShellContext CreateForSetup(TenantSettings tenant, TemplateChain chain, IReadOnlyList<FeatureInfo> features) =>
        Build(tenant, TenantConnection.For(tenant, paths.AppData), chain, features);

    /// <summary>
    /// Two shells for moving a store: one on its database and one on the target database (created with its tables),
    /// both with the store's features, so each module's DbContext can be opened on either side. Neither serves requests
    /// nor runs background tasks; the caller disposes both.
    /// </summary>
    public async Task<(ShellContext Source, ShellContext Target)> CreateForMoveAsync(TenantSettings source, TenantSettings target, CancellationToken cancellationToken)
    {
        var connection = TenantConnection.For(source, paths.AppData);
        var enabled = await ReadEnabledFeaturesAsync(connection, cancellationToken);
        var chain = await templates.ChainAsync(source.Template, cancellationToken);
        var features = featureSet.Resolve(enabled.Concat(chain.Features), source.IsDefault).Features;
        var targetConnection = TenantConnection.For(target, paths.AppData);
        await ReadEnabledFeaturesAsync(targetConnection, cancellationToken);
        var from = Build(source, connection, chain, features);
        var to = Build(target, targetConnection, chain, features);
        try
        {
            await MigrateAsync(to, cancellationToken);
            return (from, to);
        }
        catch
        {
            await from.DisposeAsync();
            await to.DisposeAsync();
            throw;
        }
    }

    /// <summary>The engine's own tables (features, settings) of a tenant database.</summary>
    public static ShellDbContext ShellTables(TenantConnection connection)
    {
        var options = new DbContextOptionsBuilder<ShellDbContext>();
        new TenantDatabase(connection).Configure(options, $"__{ShellDbContext.HistoryName}_migrations");
        return new ShellDbContext(options.Options);
    }

    public static async Task MigrateAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        await using var scope = shell.Services.CreateAsyncScope();
        foreach (var registration in scope.ServiceProvider.GetServices<ModuleDbContextRegistration>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            await MigrateIfPendingAsync(context, cancellationToken);
        }
    }

    private ShellContext Build(TenantSettings tenant, TenantConnection connection, TemplateChain chain, IReadOnlyList<FeatureInfo> features)
    {
        var startups = StartupsOf(features);
        var services = shellServices.Build(tenant, connection, chain, features, startups);
        return new ShellContext(tenant, features, services, clock);
    }

    /// <summary>
    /// The startups of the enabled features in feature dependency order: the order of services and endpoints.
    /// Middleware is ordered by the pipeline stage each piece joins, not by this.
    /// </summary>
    private static List<ModuleStartup> StartupsOf(IReadOnlyList<FeatureInfo> features)
    {
        var enabled = new HashSet<string>(features.Select(f => f.Id), StringComparer.OrdinalIgnoreCase);
        return [.. features
            .SelectMany(f => f.Startups)
            .Where(s => s.RequiredFeatures.All(enabled.Contains))
            .Select(s => (ModuleStartup)Activator.CreateInstance(s.Type)!)];
    }

    private static async Task<IReadOnlyList<string>> ReadEnabledFeaturesAsync(TenantConnection connection, CancellationToken cancellationToken)
    {
        await using var db = ShellTables(connection);
        await MigrateIfPendingAsync(db, cancellationToken);

        return await db.Features.AsNoTracking().Select(f => f.FeatureId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Reading the history first is a plain query; Migrate itself takes the migrations lock, a write. A database this
    /// process already saw at the latest migration is not asked again (<see cref="MigratedDatabases"/>).
    /// </summary>
    private static async Task MigrateIfPendingAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (MigratedDatabases.IsCurrent(context))
        {
            return;
        }

        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await MigrationLock.MigrateAsync(context, cancellationToken);
        }

        MigratedDatabases.Seen(context);
    }
}
