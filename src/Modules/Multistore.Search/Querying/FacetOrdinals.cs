using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Multistore.Search.Querying;

/// <summary>A multi-valued facet field of one segment: document d has the ordinals Ordinals[Starts[d]..Starts[d+1]).</summary>
public sealed class FacetOrdinals
{
    private FacetOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
    }

    public int[] Starts { get; }

    public int[] Ordinals { get; }

    /// <summary>The text of each ordinal.</summary>
    public string[] Values { get; }

    public static FacetOrdinals Read(SortedSetDocValues? docValues, int maxDoc)
    {
        var starts = new int[maxDoc + 1];
        if (docValues is null)
        {
            return new FacetOrdinals(starts, [], []);
        }

        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }

        starts[maxDoc] = ordinals.Count;
        var values = new string[docValues.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, scratch);
            values[ord] = scratch.Utf8ToString();
        }

        return new FacetOrdinals(starts, [.. ordinals], values);
    }
}
