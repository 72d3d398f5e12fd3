namespace Multistore.Orders.Services;

/// <summary>Who pays, as a payment provider weighs it: some methods are only offered to signed-in or business customers.</summary>
public sealed record PaymentCustomer(bool IsSignedIn, bool IsBusiness);
