using Multistore.Admin.Permissions;

namespace Multistore.Payments.Admin;

/// <summary>Setting up how a store takes money: shared by every payment method's settings page.</summary>
public sealed class PaymentPermissions : IPermissionProvider
{
    public static readonly Permission ManagePaymentProviders = new("ManagePaymentProviders", "Set up payment providers and their keys", "Payments");

    public IEnumerable<Permission> Permissions => [ManagePaymentProviders];
}
