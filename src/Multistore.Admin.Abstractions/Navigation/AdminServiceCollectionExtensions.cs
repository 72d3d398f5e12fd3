using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Admin.Permissions;

namespace Multistore.Admin.Navigation;

/// <summary>What a module's startup calls to join the admin.</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>Adds a link to the admin menu.</summary>
    public static IServiceCollection AddAdminMenuItem(this IServiceCollection services, AdminMenuItem item)
        => services.AddSingleton(item);

    /// <summary>Adds a group to the admin's Settings area: a menu item under Settings pointing at the group's page.</summary>
    public static IServiceCollection AddAdminSettingsGroup(this IServiceCollection services, string title, string path, Permission permission, int order = 0)
        => services.AddSingleton(new AdminMenuItem(AdminSections.Settings, title, path, permission) { Order = order });

    /// <summary>Declares a module's permissions, so roles can be granted them.</summary>
    public static IServiceCollection AddPermissions<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPermissionProvider, TProvider>());
        return services;
    }
}
