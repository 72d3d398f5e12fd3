namespace Multistore.Commerce;

/// <summary>
/// The countries (ISO 3166-1 alpha-2, upper case) that shipping zones name; <see cref="Everywhere"/> when a zone
/// covers every country, which names none in particular.
/// </summary>
public sealed record ShippingCoverage(IReadOnlyList<string> Countries, bool Everywhere);
