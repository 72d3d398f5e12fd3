using Multistore.Admin.Permissions;

namespace Multistore.StorefrontApi.Admin;

/// <summary>Who may see the store's recent errors and its sales split by touchpoint.</summary>
public sealed class DiagnosticsPermissions : IPermissionProvider
{
    public static readonly Permission ViewRecentErrors = new("ViewRecentErrors", "See the store's recent errors", "Diagnostics");

    public static readonly Permission ViewTouchpointReport = new("ViewTouchpointReport", "See carts, orders and revenue by touchpoint", "Reports",
        RoleNames.OrderManager);

    public IEnumerable<Permission> Permissions => [ViewRecentErrors, ViewTouchpointReport];
}
