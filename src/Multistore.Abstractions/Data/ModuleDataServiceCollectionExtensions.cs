using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Data;

public static class ModuleDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the tenant's database. Its migrations live in the module and are
    /// recorded in a history table of its own (<c>__{name}_migrations</c>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string historyName)
        where TContext : DbContext
    {
        var historyTable = $"__{historyName.ToLowerInvariant()}_migrations";
        services.AddDbContext<TContext>((sp, options) =>
            sp.GetRequiredService<ITenantDatabase>().Configure(options, historyTable));
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext)));
        return services;
    }
}
