using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>The payment providers the tenant's enabled features registered, found by code.</summary>
public sealed class PaymentProviders(IEnumerable<IPaymentProvider> providers)
{
    public IReadOnlyList<IPaymentProvider> All { get; } = [.. providers];

    public IPaymentProvider? Find(string code) =>
        All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
}
