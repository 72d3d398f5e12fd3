namespace Multistore.Commerce;

/// <summary>
/// One field of an address form (<c>name</c>, <c>line1</c>, <c>region</c>, <c>postalCode</c>, ...): whether it is
/// required, the pattern a value must match (.NET/ECMAScript regular expression) with an example, and for a field
/// with a fixed list of values (a US state) the values allowed.
/// </summary>
public sealed record AddressField(string Name, bool Required, string? Pattern = null, string? Example = null, IReadOnlyList<AddressRegion>? Options = null);
