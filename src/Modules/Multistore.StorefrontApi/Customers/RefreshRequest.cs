namespace Multistore.StorefrontApi.Customers;

/// <summary>The body of <c>POST customers/token/refresh</c>: the refresh token a sign-in returned.</summary>
public sealed record RefreshRequest(string? RefreshToken);
