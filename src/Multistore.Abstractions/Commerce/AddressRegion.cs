namespace Multistore.Commerce;

/// <summary>A state or province: the code an <see cref="Address.Region"/> carries (NY, ON) and its name.</summary>
public sealed record AddressRegion(string Code, string Name);
