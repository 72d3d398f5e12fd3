using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;

namespace Multistore.Users.Admin;

/// <summary>The Users and Roles pages, when the tenant runs the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class AdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<UsersPermissions>();
        services.AddScoped<UserDirectory>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Users, "Users", UserAdminEndpoints.Path, UsersPermissions.ManageUsers));
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Users, "Roles", UserAdminEndpoints.RolesPath, UsersPermissions.ManageUsers) { Order = 10 });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapUserAdminEndpoints();
}
