namespace Multistore.StorefrontApi.Customers;

/// <summary>The signed-in customer as the API shows them.</summary>
public sealed record CustomerProfile(string Id, string Email, string? Name, string Touchpoint);
