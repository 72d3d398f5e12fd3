namespace Multistore.Commerce;

/// <summary>
/// The rate of one tax class in a country, or one region of it (<see cref="Region"/> a US state's code, empty for the
/// whole country), as a percentage (8.875 for New York); <see cref="AppliesToShipping"/> when shipping is taxed at it there.
/// </summary>
public sealed record RegionalTaxRate(string Country, string Region, string TaxClass, decimal Rate, bool AppliesToShipping)
{
    /// <summary>The class whose rate a class the table does not list is taxed at.</summary>
    public const string StandardClass = "standard";
}
