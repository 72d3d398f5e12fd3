namespace Multistore.StorefrontApi.Contracts;

/// <summary>
/// A product image: <see cref="Url"/> serves the original, <c>?w=480</c> a resized copy; <see cref="Alt"/> is its
/// alt text in the request's culture (falling back to the store's default culture; empty when none was given).
/// </summary>
public sealed record ProductImage(string Url, int Width, int Height, string Alt);
