using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Data;

public static class ModuleDataServiceCollectionExtensions
{
    /// <summary>Contexts kept for reuse per module and tenant; enough for a busy store, small for a thousand idle ones.</summary>
    private const int PoolSize = 32;

    /// <summary>
    /// Registers a module's DbContext on the tenant's database. Its migrations live in the module and are
    /// recorded in a history table of its own (<c>__{name}_migrations</c>). Contexts are pooled per shell: a storefront
    /// page uses several modules' contexts, and building each one's services per request was a large share of its CPU.
    /// A module's context must therefore keep no state of its own beyond what EF Core resets.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string historyName)
        where TContext : DbContext
    {
        var historyTable = $"__{historyName.ToLowerInvariant()}_migrations";
        services.AddDbContextPool<TContext>(
            (sp, options) => sp.GetRequiredService<ITenantDatabase>().Configure(options, historyTable),
            PoolSize);
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext)));
        return services;
    }
}
