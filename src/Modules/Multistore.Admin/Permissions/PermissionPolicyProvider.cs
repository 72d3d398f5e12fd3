using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Multistore.Admin.Permissions;

/// <summary>Makes a policy for any permission on demand: a signed-in user whose roles grant it.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (Permission.FromPolicyName(policyName) is not { } permission)
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission))
            .Build();
    }
}
