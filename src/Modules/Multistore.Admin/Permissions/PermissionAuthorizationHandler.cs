using Microsoft.AspNetCore.Authorization;

namespace Multistore.Admin.Permissions;

/// <summary>Grants a permission the user's claims carry, or every permission to a user granted all of them.</summary>
public sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.HasClaim(AdminClaims.Permission, requirement.Permission)
            || context.User.HasClaim(AdminClaims.Permission, AdminClaims.AllPermissions))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
