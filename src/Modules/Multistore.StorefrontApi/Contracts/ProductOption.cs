namespace Multistore.StorefrontApi.Contracts;

/// <summary>An axis a product varies on: <see cref="Name"/> as the catalog keys it (size), <see cref="Label"/> in the request's culture (Größe).</summary>
public sealed record ProductOption(string Name, string Label);
