using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Localization;
using Multistore.Search.Indexing;

namespace Multistore.Search.Querying;

/// <summary>
/// Lucene MoreLikeThis on the store's index of the page's culture. The products asked about are described by their
/// catalog text in that culture (name, description, categories, attribute values): the index stores only names, so
/// the text is read from the catalog and analyzed with the culture's analyzer, and its rarest terms form the query.
/// </summary>
internal sealed class SimilarProducts(TenantSearchIndex indexes, ICatalogFeed catalog) : ISimilarProducts
{
    private const int MaxQueryTerms = 25;

    public async Task<IReadOnlyList<Guid>> LikeAsync(IReadOnlyCollection<Guid> productIds, string culture, int count, CancellationToken cancellationToken)
    {
        if (productIds.Count == 0 || count <= 0)
        {
            return [];
        }

        var products = await catalog.LoadAsync(productIds, cancellationToken);
        var texts = Describe(products, culture, indexes.DefaultCulture);
        var index = indexes.For(culture);
        var found = index.Search(searcher =>
        {
            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = index.Analyzer,
                FieldNames = [.. texts.Keys],
                MinTermFreq = 1,
                MinDocFreq = 1,
                MinWordLen = 2,
                MaxQueryTerms = MaxQueryTerms,
            };
            var query = new BooleanQuery();
            foreach (var (field, text) in texts.Where(t => t.Value.Length > 0))
            {
                query.Add(mlt.Like(new StringReader(text), field), Occur.SHOULD);
            }

            foreach (var id in productIds)
            {
                query.Add(new TermQuery(new Term(IndexFields.Id, id.ToString())), Occur.MUST_NOT);
            }

            return query.Clauses.Any(c => c.Occur == Occur.SHOULD)
                ? searcher.Search(query, count).ScoreDocs.Select(d => IdOf(searcher, d.Doc)).ToList()
                : [];
        });
        return found ?? [];
    }

    public Task<IReadOnlyList<Guid>> NewestAsync(string culture, int count, CancellationToken cancellationToken)
    {
        if (count <= 0)
        {
            return Task.FromResult<IReadOnlyList<Guid>>([]);
        }

        var newest = indexes.For(culture).Search(searcher =>
            searcher.Search(new MatchAllDocsQuery(), count, new Sort(new SortField(IndexFields.Created, SortFieldType.INT64, true)))
                .ScoreDocs.Select(d => IdOf(searcher, d.Doc)).ToList());
        return Task.FromResult<IReadOnlyList<Guid>>(newest ?? []);
    }

    /// <summary>The text of each indexed field the products fill, in <paramref name="culture"/> (falling back to the default culture).</summary>
    private static Dictionary<string, string> Describe(IReadOnlyList<IndexableProduct> products, string culture, string defaultCulture)
    {
        var names = new List<string>();
        var descriptions = new List<string>();
        var categories = new List<string>();
        foreach (var product in products)
        {
            if (CultureFallback.Find(product.Texts, culture, defaultCulture) is { } text)
            {
                names.Add(text.Name);
                descriptions.Add(ProductDocuments.PlainText(text.Description));
            }

            categories.AddRange(product.Categories.Select(c => CultureFallback.Find(c.Names, culture, defaultCulture) ?? c.Key));
            descriptions.AddRange(product.Attributes.Select(a => product.Labels.ValueIn(a.Key, a.Value, culture, defaultCulture)));
        }

        return new Dictionary<string, string>
        {
            [IndexFields.Name] = string.Join(' ', names),
            [IndexFields.Description] = string.Join(' ', descriptions),
            [IndexFields.CategoryText] = string.Join(' ', categories),
        };
    }

    private static Guid IdOf(IndexSearcher searcher, int doc) =>
        Guid.Parse(searcher.Doc(doc).Get(IndexFields.Id, CultureInfo.InvariantCulture));
}
