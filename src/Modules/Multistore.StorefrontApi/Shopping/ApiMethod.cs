using Multistore.Commerce;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>A shipping or payment method offered for a cart: <c>{ code, name, price? }</c>.</summary>
public sealed record ApiMethod(string Code, string Name, Money? Price);
