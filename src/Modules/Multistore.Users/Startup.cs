using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Recipes;
using Multistore.Users.Endpoints;
using Multistore.Users.Recipes;
using Multistore.Users.Services;

namespace Multistore.Users;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<UsersDbContext>("users");
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version1;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PermissionClaimsPrincipalFactory>();
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, AdminCookieOptions>();
        services.AddAuthorization();
        services.AddScoped<BuiltInRoles>();
        services.AddScoped<CustomerSignUp>();
        services.AddScoped<ShopperSignIn>();
        services.AddScoped<ResetLinks>();
        services.AddSingleton<AbsentAccountPassword>();
        services.AddOptions<AccountDoorLimits>().BindConfiguration(AccountDoorLimits.SectionName);
        services.AddSingleton<AccountDoorLimiter>();
        services.AddScoped<Multistore.Commerce.IBusinessCustomers, BusinessCustomerAccounts>();
        services.AddScoped<IEmailSender, PickupFolderEmailSender>();
        services.AddRecipeStep<UsersRecipeStep>();
    }

    public override void Configure(IShellPipelineBuilder pipeline) => pipeline
        .Use(PipelineStage.Authentication, app => app.UseAuthentication())
        .Use(PipelineStage.Authorization, app => app.UseAuthorization());

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSignInEndpoints();
        endpoints.MapPasswordResetEndpoints();
        endpoints.MapStorefrontSignIn();
        endpoints.MapStorefrontSignUp();
    }
}
