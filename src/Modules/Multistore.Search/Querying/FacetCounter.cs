using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Multistore.Search.Querying;

/// <summary>
/// Counts facet values over every matching document (no facet package): categories and attributes by ordinal per
/// segment from <see cref="SegmentFacets"/>, resolved to their text once per segment; prices in the searched
/// currency kept for banding.
/// </summary>
public sealed class FacetCounter(string currency) : ICollector
{
    private SegmentFacets? _segment;
    private long[] _prices = [];
    private int[] _categoryCounts = [];
    private int[] _attributeCounts = [];

    public Dictionary<string, int> Categories { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Attributes { get; } = new(StringComparer.Ordinal);
    public List<long> Prices { get; } = [];
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacets.For(context.AtomicReader);
        _prices = _segment.PricesIn(currency);
        _categoryCounts = new int[_segment.Categories.Values.Length];
        _attributeCounts = new int[_segment.Attributes.Values.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        Total++;
        Count(segment.Categories, _categoryCounts, doc);
        Count(segment.Attributes, _attributeCounts, doc);
        if (_prices[doc] is var price and >= 0)
        {
            Prices.Add(price);
        }
    }

    /// <summary>Moves the last segment's counts into the totals; call once after the search.</summary>
    public void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        Resolve(_segment.Categories, _categoryCounts, Categories);
        Resolve(_segment.Attributes, _attributeCounts, Attributes);
        _segment = null;
    }

    private static void Count(FacetOrdinals facet, int[] counts, int doc)
    {
        var ordinals = facet.Ordinals;
        for (int i = facet.Starts[doc], end = facet.Starts[doc + 1]; i < end; i++)
        {
            counts[ordinals[i]]++;
        }
    }

    private static void Resolve(FacetOrdinals facet, int[] counts, Dictionary<string, int> totals)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                var key = facet.Values[ord];
                totals[key] = totals.GetValueOrDefault(key) + counts[ord];
            }
        }
    }
}
