using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Multistore.Search.Indexing;

namespace Multistore.Search.Querying;

/// <summary>
/// Turns shopper text into a query: parsed over name, SKU, category and description (boosted in that order),
/// or, when the text does not parse, the same text escaped; plus fuzzy terms so "sweeter" finds "sweater", and
/// an exact SKU match on top.
/// </summary>
public static class SearchQueryBuilder
{
    public const int MaxTextLength = 200;

    private static readonly string[] Fields = [IndexFields.Name, IndexFields.SkuText, IndexFields.CategoryText, IndexFields.Description];
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [IndexFields.Name] = 4f, [IndexFields.SkuText] = 3f, [IndexFields.CategoryText] = 1.5f, [IndexFields.Description] = 1f,
    };

    public static Query Build(SearchRequest request, Analyzer analyzer, string currency)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        Query main = text.Length == 0 ? new MatchAllDocsQuery() : TextQuery(text, analyzer);
        var filters = Filters(request, currency).ToList();
        if (filters.Count == 0)
        {
            return main;
        }

        var query = new BooleanQuery { { main, Occur.MUST } };
        foreach (var filter in filters)
        {
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        return query;
    }

    private static BooleanQuery TextQuery(string text, Analyzer analyzer)
    {
        var query = new BooleanQuery();
        if (Parse(text, analyzer) is { } parsed)
        {
            query.Add(parsed, Occur.SHOULD);
        }

        foreach (var token in Tokens(text, analyzer, IndexFields.Name).Where(t => t.Length >= 4).Distinct().Take(8))
        {
            query.Add(new FuzzyQuery(new Term(IndexFields.Name, token), token.Length >= 8 ? 2 : 1, prefixLength: 1) { Boost = 0.5f }, Occur.SHOULD);
        }

        query.Add(new TermQuery(new Term(IndexFields.SkuExact, text.ToUpperInvariant())) { Boost = 10f }, Occur.SHOULD);
        return query;
    }

    private static Query? Parse(string text, Analyzer analyzer)
    {
        var parser = new MultiFieldQueryParser(SearchAnalyzers.Version, Fields, analyzer, Boosts) { DefaultOperator = Operator.AND };
        try
        {
            return parser.Parse(text);
        }
        catch (Exception exception) when (exception is ParseException or ArgumentException or BooleanQuery.TooManyClausesException)
        {
            try
            {
                return parser.Parse(QueryParserBase.Escape(text));
            }
            catch (Exception escaped) when (escaped is ParseException or ArgumentException or BooleanQuery.TooManyClausesException)
            {
                return null;
            }
        }
    }

    private static List<string> Tokens(string text, Analyzer analyzer, string field)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private static IEnumerable<Query> Filters(SearchRequest request, string currency)
    {
        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            yield return new TermQuery(new Term(IndexFields.Category, request.Category));
        }

        foreach (var (name, value) in request.Attributes)
        {
            yield return new TermQuery(new Term(IndexFields.Attribute, ProductDocuments.AttributeTerm(name, value)));
        }

        if (request.MinPrice is not null || request.MaxPrice is not null)
        {
            long? min = request.MinPrice is { } from ? ProductDocuments.MinorUnits(from, currency) : 0;
            long? max = request.MaxPrice is { } to ? ProductDocuments.MinorUnits(to, currency) : null;
            yield return NumericRangeQuery.NewInt64Range(IndexFields.PriceIn(currency), min, max, true, false);
        }
    }
}
