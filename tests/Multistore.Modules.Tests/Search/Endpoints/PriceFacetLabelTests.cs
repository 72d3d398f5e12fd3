using System.Globalization;
using Microsoft.AspNetCore.Http;
using Multistore.Commerce;
using Multistore.Search.Endpoints;
using Multistore.Search.Querying;

namespace Multistore.Modules.Tests.Search.Endpoints;

/// <summary>Price facets in right-to-left cultures: each amount is isolated so the range reads low to high and stays intact.</summary>
public sealed class PriceFacetLabelTests
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    private static IReadOnlyList<string> PriceLabels(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var result = SearchResult.Empty(1, 24) with
            {
                Total = 3,
                PriceRanges = [new PriceRange(new Money(10m, "USD"), new Money(20m, "USD"), 2), new PriceRange(new Money(20m, "USD"), null, 1)],
            };
            var page = new ListingPageBuilder("/search", new QueryCollection()).Build("Search", result, categoryFacets: false);
            return [.. page.Facets.Single(f => f.Name == "Price").Values.Select(v => v.Name)];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void IsolatesEachAmountOfAnArabicPriceRange()
    {
        var labels = PriceLabels("ar-SA");

        var ten = Currency.Format(10m, "USD", CultureInfo.GetCultureInfo("ar-SA"));
        var twenty = Currency.Format(20m, "USD", CultureInfo.GetCultureInfo("ar-SA"));
        Assert.Equal($"{FirstStrongIsolate}{ten}{PopDirectionalIsolate} – {FirstStrongIsolate}{twenty}{PopDirectionalIsolate}", labels[0]);
        Assert.Equal($"{FirstStrongIsolate}{twenty}{PopDirectionalIsolate} +", labels[1]);
    }

    [Fact]
    public void KeepsTheLowAmountFirstInEveryCulture()
    {
        foreach (var culture in new[] { "en-US", "de-DE", "ar-SA" })
        {
            var label = PriceLabels(culture)[0];
            Assert.True(label.IndexOf(Currency.Format(10m, "USD", CultureInfo.GetCultureInfo(culture)), StringComparison.Ordinal)
                < label.IndexOf(Currency.Format(20m, "USD", CultureInfo.GetCultureInfo(culture)), StringComparison.Ordinal), culture);
        }
    }
}
