using Microsoft.AspNetCore.Authorization;

namespace Multistore.Admin.Permissions;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
