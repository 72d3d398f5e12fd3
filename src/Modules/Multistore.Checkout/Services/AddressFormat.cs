using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// How a country writes addresses: the fields in display order, which are required, and the postal code pattern.
/// Forms and the API validate against it. <see cref="Regions"/> lists the states or provinces a country's addresses must
/// name one of (US, CA), empty elsewhere.
/// </summary>
public sealed record AddressFormat(string Country, string CountryName, IReadOnlyList<string> Fields, IReadOnlyList<string> Required, string? PostalCodePattern, string? PostalCodeExample)
{
    public IReadOnlyList<AddressRegion> Regions { get; init; } = [];

    /// <summary>The format as the API publishes it: each field with whether it is required, its pattern and its values.</summary>
    public ShippingDestination ToDestination() => new(Country, CountryName, [.. Fields.Select(field => field switch
    {
        "postalCode" => new AddressField(field, Required.Contains(field), PostalCodePattern, PostalCodeExample),
        "region" when Regions.Count > 0 => new AddressField(field, Required.Contains(field), Example: Regions[0].Code, Options: Regions),
        _ => new AddressField(field, Required.Contains(field)),
    })]);
}
