using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Multistore.Search.Indexing;

namespace Multistore.Search.Querying;

/// <summary>
/// Counts facet values over every matching document straight from doc values (no facet package): categories
/// and attributes by ordinal per segment, resolved to their text once per segment; prices in
/// the searched currency kept for banding.
/// </summary>
public sealed class FacetCounter(string currency) : ICollector
{
    private readonly BytesRef _scratch = new();
    private readonly string _priceField = IndexFields.PriceSortIn(currency);
    private readonly string _pricedField = IndexFields.PricedIn(currency);
    private NumericDocValues? _priced;
    private SortedSetDocValues? _categories;
    private SortedSetDocValues? _attributes;
    private NumericDocValues? _prices;
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
        var reader = context.AtomicReader;
        _categories = reader.GetSortedSetDocValues(IndexFields.CategoryFacet);
        _attributes = reader.GetSortedSetDocValues(IndexFields.AttributeFacet);
        _prices = reader.GetNumericDocValues(_priceField);
        _priced = reader.GetNumericDocValues(_pricedField);
        _categoryCounts = _categories is null ? [] : new int[_categories.ValueCount];
        _attributeCounts = _attributes is null ? [] : new int[_attributes.ValueCount];
    }

    public void Collect(int doc)
    {
        Total++;
        Count(_categories, _categoryCounts, doc);
        Count(_attributes, _attributeCounts, doc);
        if (_prices is not null && _priced is not null && _priced.Get(doc) == 1)
        {
            Prices.Add(_prices.Get(doc));
        }
    }

    /// <summary>Moves the last segment's counts into the totals; call once after the search.</summary>
    public void Flush()
    {
        Resolve(_categories, _categoryCounts, Categories);
        Resolve(_attributes, _attributeCounts, Attributes);
        _categoryCounts = [];
        _attributeCounts = [];
    }

    private static void Count(SortedSetDocValues? values, int[] counts, int doc)
    {
        if (values is null)
        {
            return;
        }

        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            counts[ord]++;
        }
    }

    private void Resolve(SortedSetDocValues? values, int[] counts, Dictionary<string, int> totals)
    {
        for (var ord = 0; values is not null && ord < counts.Length; ord++)
        {
            if (counts[ord] == 0)
            {
                continue;
            }

            values.LookupOrd(ord, _scratch);
            var key = _scratch.Utf8ToString();
            totals[key] = totals.GetValueOrDefault(key) + counts[ord];
        }
    }
}
