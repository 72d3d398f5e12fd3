using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Multistore.Search.Indexing;

namespace Multistore.Search.Querying;

/// <summary>
/// One index segment's facet values laid out in plain arrays (doc → ordinals, ordinal → text, doc → price), read
/// once from its doc values and kept while the segment lives. Segments never change after they are written, so
/// every later search of the segment counts facets by indexing arrays instead of decoding packed doc values.
/// </summary>
public sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(AtomicReader reader)
    {
        Categories = FacetOrdinals.Read(reader.GetSortedSetDocValues(IndexFields.CategoryFacet), reader.MaxDoc);
        Attributes = FacetOrdinals.Read(reader.GetSortedSetDocValues(IndexFields.AttributeFacet), reader.MaxDoc);
        Prices = new long[reader.MaxDoc];
        var prices = reader.GetNumericDocValues(IndexFields.PriceSort);
        for (var doc = 0; doc < Prices.Length; doc++)
        {
            Prices[doc] = prices?.Get(doc) ?? IndexFields.NoPrice;
        }
    }

    public FacetOrdinals Categories { get; }

    public FacetOrdinals Attributes { get; }

    /// <summary>Each document's price in minor units; negative when it has none.</summary>
    public long[] Prices { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
}
