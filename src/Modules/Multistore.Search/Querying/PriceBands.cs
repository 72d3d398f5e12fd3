using Multistore.Commerce;
using Multistore.Search.Indexing;

namespace Multistore.Search.Querying;

/// <summary>Up to five price bands of round widths (1, 2 or 5 × 10ⁿ) that cover the matching prices.</summary>
public static class PriceBands
{
    private const int Bands = 5;

    public static IReadOnlyList<PriceRange> From(IReadOnlyList<long> prices, string currency)
    {
        if (prices.Count == 0)
        {
            return [];
        }

        // Banded in minor units: a band width is a whole number of minor units (at least 1 major unit), so integer
        // division gives the same band as dividing the amounts, without a decimal division per matching product.
        var max = ProductDocuments.FromMinorUnits(Max(prices), currency);
        var width = RoundWidth(max / (Bands - 1));
        var widthMinor = ProductDocuments.MinorUnits(width, currency);
        var counts = new int[Bands];
        foreach (var minor in prices)
        {
            counts[(int)Math.Min(Bands - 1, minor / widthMinor)]++;
        }

        var result = new List<PriceRange>(Bands);
        for (var i = 0; i < Bands; i++)
        {
            if (counts[i] > 0)
            {
                result.Add(new PriceRange(new Money(width * i, currency), i == Bands - 1 ? null : new Money(width * (i + 1), currency), counts[i]));
            }
        }

        return result;
    }

    private static long Max(IReadOnlyList<long> prices)
    {
        var max = 0L;
        for (var i = 0; i < prices.Count; i++)
        {
            max = Math.Max(max, prices[i]);
        }

        return max;
    }

    private static decimal RoundWidth(decimal raw)
    {
        var magnitude = 1m;
        while (magnitude * 10 <= raw)
        {
            magnitude *= 10;
        }

        foreach (var factor in new[] { 1m, 2m, 5m, 10m })
        {
            if (magnitude * factor >= raw)
            {
                return magnitude * factor;
            }
        }

        return magnitude * 10;
    }
}
