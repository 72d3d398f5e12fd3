namespace Multistore.StorefrontApi.Contracts;

/// <summary>A variant's value of one option: <see cref="Value"/> as stored (Red), <see cref="Label"/> in the request's culture (Rot).</summary>
public sealed record VariantOptionValue(string Option, string Value, string Label);
