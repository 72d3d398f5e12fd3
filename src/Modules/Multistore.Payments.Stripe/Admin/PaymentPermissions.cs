using Multistore.Admin.Permissions;

namespace Multistore.Payments.Stripe.Admin;

public sealed class PaymentPermissions : IPermissionProvider
{
    public static readonly Permission ManagePaymentProviders = new("ManagePaymentProviders", "Set up payment providers and their keys", "Payments");

    public IEnumerable<Permission> Permissions => [ManagePaymentProviders];
}
