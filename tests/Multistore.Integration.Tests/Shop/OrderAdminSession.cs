using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Permissions;
using Multistore.Integration.Tests.Admin;
using Multistore.Users.Services;

namespace Multistore.Integration.Tests.Shop;

/// <summary>Staff of a commerce test store, signed in to its admin in a role of their own.</summary>
public static class OrderAdminSession
{
    /// <summary>
    /// Gives the built-in role its modules' default permissions as they are now (the store's roles were made
    /// before the commerce features were enabled), adds a user in it and signs them in.
    /// </summary>
    public static async Task<AdminSession> SignInAsync(CommerceStore store, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        await store.WithAsync(async services =>
        {
            var roles = services.GetRequiredService<BuiltInRoles>();
            await roles.SetAsync(role, roles.DefaultsFor(role), CancellationToken.None);
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser(email) { Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, AdminSession.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return true;
        });

        var session = new AdminSession(store.Tenant);
        var signedIn = await session.SignInAsync(email);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    public static Task<AdminSession> OrderManagerAsync(CommerceStore store) => SignInAsync(store, RoleNames.OrderManager);
}
