using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Admin.Permissions;

namespace Multistore.Admin.Dashboard;

/// <summary>What a module's admin startup calls to put a section on the store's dashboard.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Shows <typeparamref name="TComponent"/> on the dashboard to users with <paramref name="permission"/>.</summary>
    public static IServiceCollection AddDashboardSection<TComponent>(this IServiceCollection services, Permission permission, int order = 0, bool wide = false)
        where TComponent : IComponent
    {
        services.TryAddScoped<StoreCalendar>();
        return services.AddSingleton(DashboardSection.Of<TComponent>(permission) with { Order = order, Wide = wide });
    }
}
