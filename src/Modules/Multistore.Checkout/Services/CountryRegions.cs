using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// The states and provinces of the countries whose addresses need one (USPS and Canada Post codes). An address in
/// such a country carries one of these codes as its region; tax and shipping zones match on it.
/// </summary>
public static class CountryRegions
{
    private static readonly Dictionary<string, AddressRegion[]> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = Regions(
            "AL Alabama", "AK Alaska", "AZ Arizona", "AR Arkansas", "CA California", "CO Colorado", "CT Connecticut", "DE Delaware",
            "DC District of Columbia", "FL Florida", "GA Georgia", "HI Hawaii", "ID Idaho", "IL Illinois", "IN Indiana", "IA Iowa",
            "KS Kansas", "KY Kentucky", "LA Louisiana", "ME Maine", "MD Maryland", "MA Massachusetts", "MI Michigan", "MN Minnesota",
            "MS Mississippi", "MO Missouri", "MT Montana", "NE Nebraska", "NV Nevada", "NH New Hampshire", "NJ New Jersey",
            "NM New Mexico", "NY New York", "NC North Carolina", "ND North Dakota", "OH Ohio", "OK Oklahoma", "OR Oregon",
            "PA Pennsylvania", "RI Rhode Island", "SC South Carolina", "SD South Dakota", "TN Tennessee", "TX Texas", "UT Utah",
            "VT Vermont", "VA Virginia", "WA Washington", "WV West Virginia", "WI Wisconsin", "WY Wyoming",
            "AS American Samoa", "GU Guam", "MP Northern Mariana Islands", "PR Puerto Rico", "VI U.S. Virgin Islands",
            "AA Armed Forces Americas", "AE Armed Forces Europe", "AP Armed Forces Pacific"),
        ["CA"] = Regions(
            "AB Alberta", "BC British Columbia", "MB Manitoba", "NB New Brunswick", "NL Newfoundland and Labrador", "NS Nova Scotia",
            "NT Northwest Territories", "NU Nunavut", "ON Ontario", "PE Prince Edward Island", "QC Quebec", "SK Saskatchewan", "YT Yukon"),
    };

    /// <summary>The regions of <paramref name="country"/>, empty for a country whose addresses carry none.</summary>
    public static IReadOnlyList<AddressRegion> Of(string country) => Known.TryGetValue(country, out var regions) ? regions : [];

    private static AddressRegion[] Regions(params string[] entries) =>
        [.. entries.Select(e => new AddressRegion(e[..2], e[3..]))];
}
