using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// Migrates the host database and loads the registry once; requests wait for it, so the server may start
/// listening before the registry is ready without a request ever seeing an empty map.
/// </summary>
public sealed class HostStartup(IServiceProvider services)
{
    private readonly Lazy<Task> _ready = new(() => InitializeAsync(services));

    public Task Ready => _ready.Value;

    private static async Task InitializeAsync(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<HostDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                // WAL: the running host keeps reading while another process (the command line) writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        await services.GetRequiredService<TenantRegistry>().RefreshAsync(CancellationToken.None);
    }
}
