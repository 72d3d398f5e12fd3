namespace Multistore.Recipes;

/// <summary>
/// The parameters of an exported recipe that modules' steps share, so a clone into another region gives each once:
/// <c>--param ExchangeRate=0.65 --param Country=DK</c>.
/// </summary>
public static class CloneParameters
{
    /// <summary>How much one unit of the exported store's currency is in the clone's currency (DKK for 1 SEK); empty when not converting.</summary>
    public const string ExchangeRate = "ExchangeRate";

    /// <summary>The clone's home country (ISO 3166-1 alpha-2); shipping zones that covered the exported store's country cover it too.</summary>
    public const string Country = "Country";

    /// <summary>The <c>${Name}</c> placeholder of a parameter.</summary>
    public static string Placeholder(string name) => $"${{{name}}}";
}
