using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Multistore.BrandTemplates;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Recipes;
using Multistore.Setup;
using Multistore.Shells;
using Multistore.Tenancy;
using Multistore.Theming;

namespace Multistore.Hosting;

public static class MultistoreHostingExtensions
{
    /// <summary>Registers the engine: registry, shells, modules, recipes, themes. Modules come by project reference.</summary>
    public static WebApplicationBuilder AddMultistore(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(MultistoreOptions.SectionName);
        services.Configure<MultistoreOptions>(section);
        services.Configure<StoreLinksOptions>(builder.Configuration.GetSection(StoreLinksOptions.SectionName));
        services.Configure<Multistore.Farm.StoreQuotaOptions>(builder.Configuration.GetSection(Multistore.Farm.StoreQuotaOptions.SectionName));
        var options = section.Get<MultistoreOptions>() ?? new MultistoreOptions();
        var paths = new AppDataPaths(
            Path.GetFullPath(options.AppDataPath, builder.Environment.ContentRootPath),
            Path.GetFullPath(options.ThemesPath ?? Path.Combine(AppContext.BaseDirectory, "Themes"), builder.Environment.ContentRootPath),
            Path.GetFullPath(options.RecipesPath ?? Path.Combine(AppContext.BaseDirectory, "recipes"), builder.Environment.ContentRootPath));
        Directory.CreateDirectory(paths.AppData);
        services.AddSingleton(paths);

        if (options.HostDatabase.Provider == DatabaseProvider.Postgres)
        {
            // Hosted services start in the order they are added: the host database is migrated before the key ring is read.
            services.AddHostedService<HostDatabaseFirst>();
        }

        var dataProtection = services.AddDataProtection().SetApplicationName("Multistore");
        if (options.HostDatabase.Provider == DatabaseProvider.Postgres)
        {
            // A farm's nodes share one key ring in the host database: what one node protects, every node reads.
            dataProtection.PersistKeysToDbContext<HostDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.AppData, "DataProtection-Keys")));
        }

        KeyRingEncryption.Configure(dataProtection, options.DataProtection, builder.Environment.ContentRootPath);

        services.AddDbContextFactory<HostDbContext>(db => ConfigureHostDatabase(db, options.HostDatabase, paths));
        services.AddHttpContextAccessor();

        services.AddSingleton(_ => ModuleCatalog.FromDependencyContext());
        services.AddSingleton<IFeatureCatalog>(sp => sp.GetRequiredService<ModuleCatalog>());
        services.AddSingleton<FeatureSet>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<HostStartup>();
        services.AddSingleton(new HostServices(services));
        services.AddSingleton<ShellServices>();
        services.AddSingleton<ShellContextFactory>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ShellHost>();
        services.AddSingleton<StoreChangeChannel>();
        Multistore.Farm.FarmRateLimitServices.AddFarmRedis(services);
        services.AddSingleton<TenantFeatures>();
        services.AddSingleton<ITenantFeatures>(sp => sp.GetRequiredService<TenantFeatures>());
        services.AddSingleton<TenantDatabaseProvisioner>();
        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<RecipeExpander>();
        services.AddSingleton<TenantRequestValidator>();
        services.AddSingleton<TenantSetupPlanner>();
        services.AddSingleton<TenantSetupService>();
        services.AddSingleton<TenantCreationService>();
        services.AddSingleton<TenantEditService>();
        services.AddSingleton<TenantStateService>();
        services.AddSingleton<StoreClosing>();
        services.AddSingleton<TenantMoveService>();
        services.AddSingleton<FeatureProfileStore>();
        services.AddSingleton<FeatureProfileGuard>();
        services.AddSingleton<FeatureRollout>();
        services.AddSingleton<RolloutStore>();
        services.AddSingleton<TenantExporter>();
        services.AddSingleton<BrandTemplateStore>();
        services.AddSingleton<BrandTemplateValidator>();
        services.AddSingleton<StoreSettingsReader>();
        services.AddSingleton<TemplateImpactPlanner>();
        services.AddSingleton<BrandTemplateService>();
        services.AddSingleton<TenantSetupLinks>();
        services.AddHostManagement();
        services.AddSingleton<Multistore.Health.IOperatorAccess, HostOperatorAccess>();
        services.AddSingleton<SetupLinkPage>();
        services.AddMultistoreTheming();
        services.AddHostedService<IdleShellReleaseService>();
        services.AddHostedService<ConfiguredTenantsReconciler>();
        services.AddHostedService<TenantChangeWatcher>();
        builder.AddMultistoreTelemetry();
        return builder;
    }

    /// <summary>Every request goes to its tenant; the host itself serves nothing else.</summary>
    public static WebApplication UseMultistore(this WebApplication app)
    {
        app.UseConfiguredForwardedHeaders();
        app.UseExceptionHandler(error => error.Run(context =>
            HostPages.WriteAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong",
                "The request could not be completed. Please try again.")));
        app.UseMiddleware<TenantMiddleware>();
        app.UseHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = NodeHealthResponse.WriteAsync });
        app.Run(context => HostPages.WriteAsync(context, StatusCodes.Status404NotFound, "No store here",
            $"No store answers at {context.Request.Host}{context.Request.Path}. Check the address."));
        return app;
    }

    private static void ConfigureHostDatabase(DbContextOptionsBuilder db, DatabaseOptions options, AppDataPaths paths)
    {
        const string history = "__host_migrations";
        if (options.Provider == DatabaseProvider.Postgres)
        {
            db.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(history));
        }
        else
        {
            // The command line writes the same file while the host runs: wait on a lock (up to 30 s) instead of failing.
            db.UseSqlite(options.ConnectionString ?? $"Data Source={Path.Combine(paths.AppData, "host.db")};Default Timeout=30", sqlite => sqlite.MigrationsHistoryTable(history));
        }

        db.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
    }
}
