using Multistore.Commerce;

namespace Multistore.StorefrontApi.Shopping;

public sealed record ApiCartTotals(Money Subtotal, Money Discount, Money Total);
