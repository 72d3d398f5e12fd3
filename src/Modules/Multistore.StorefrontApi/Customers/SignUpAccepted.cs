namespace Multistore.StorefrontApi.Customers;

/// <summary>
/// The answer to a sign-up that was not refused, the same for a new address and for one that has an account already (its
/// holder is e-mailed instead), so the API never tells who is a customer. The client signs in next.
/// </summary>
public sealed record SignUpAccepted(string Email, string Detail);
