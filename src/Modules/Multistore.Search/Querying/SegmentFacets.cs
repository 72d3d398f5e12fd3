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
    /// <summary>The price of a document with none in the currency asked for.</summary>
    public const long Unpriced = -1;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private readonly AtomicReader _reader;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long[]> _prices = new(StringComparer.Ordinal);

    private SegmentFacets(AtomicReader reader)
    {
        _reader = reader;
        Categories = FacetOrdinals.Read(reader.GetSortedSetDocValues(IndexFields.CategoryFacet), reader.MaxDoc);
        Attributes = FacetOrdinals.Read(reader.GetSortedSetDocValues(IndexFields.AttributeFacet), reader.MaxDoc);
    }

    public FacetOrdinals Categories { get; }

    public FacetOrdinals Attributes { get; }

    /// <summary>Each document's price in <paramref name="currency"/> in minor units; negative when it has none in it.</summary>
    public long[] PricesIn(string currency) => _prices.GetOrAdd(currency, ReadPrices);

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    private long[] ReadPrices(string currency)
    {
        var result = new long[_reader.MaxDoc];
        var prices = _reader.GetNumericDocValues(IndexFields.PriceSortIn(currency));
        var priced = _reader.GetNumericDocValues(IndexFields.PricedIn(currency));
        for (var doc = 0; doc < result.Length; doc++)
        {
            result[doc] = prices is not null && priced?.Get(doc) == 1 ? prices.Get(doc) : Unpriced;
        }

        return result;
    }
}
