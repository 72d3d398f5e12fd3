using System.Net;
using System.Text.RegularExpressions;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Localization;

namespace Multistore.Search.Indexing;

/// <summary>
/// Turns a product into its document for one culture, with texts falling back to the default culture, and its
/// price in each currency the store sells in (fields named by currency, see <see cref="IndexFields.PriceIn"/>).
/// </summary>
public static partial class ProductDocuments
{
    public static Document Build(IndexableProduct product, string culture, string defaultCulture, IReadOnlyCollection<IndexablePrice> prices)
    {
        var text = CultureFallback.Find(product.Texts, culture, defaultCulture) ?? product.Texts.MinBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase).Value;
        var document = new Document
        {
            new StringField(IndexFields.Id, product.Id.ToString(), Field.Store.YES),
            new StringField(IndexFields.Sku, product.Sku, Field.Store.YES),
            new TextField(IndexFields.Name, text.Name, Field.Store.YES),
            new StoredField(IndexFields.Slug, text.Slug),
            new TextField(IndexFields.Description, PlainText(text.Description), Field.Store.NO),
            new NumericDocValuesField(IndexFields.Created, product.CreatedUtc.Ticks),
        };
        foreach (var sku in product.VariantSkus.Prepend(product.Sku))
        {
            document.Add(new StringField(IndexFields.SkuExact, sku.ToUpperInvariant(), Field.Store.NO));
            document.Add(new TextField(IndexFields.SkuText, sku, Field.Store.NO));
        }

        foreach (var category in product.Categories)
        {
            var name = CultureFallback.Find(category.Names, culture, defaultCulture) ?? category.Key;
            document.Add(new TextField(IndexFields.CategoryText, name, Field.Store.NO));
            document.Add(new StringField(IndexFields.Category, category.Key, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.CategoryFacet, new BytesRef(category.Key + IndexFields.FacetSeparator + name)));
        }

        foreach (var (name, value) in product.Attributes)
        {
            var pair = AttributeTerm(name, value);
            var labels = product.Labels.NameIn(name, culture, defaultCulture) + IndexFields.FacetSeparator + product.Labels.ValueIn(name, value, culture, defaultCulture);
            document.Add(new StringField(IndexFields.Attribute, pair, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.AttributeFacet, new BytesRef(pair + IndexFields.FacetSeparator + labels)));
        }

        foreach (var price in prices)
        {
            var currency = price.Currency.ToUpperInvariant();
            var minor = MinorUnits(price.Amount, currency);
            document.Add(new NumericDocValuesField(IndexFields.PriceSortIn(currency), minor));
            document.Add(new NumericDocValuesField(IndexFields.PricedIn(currency), 1));
            document.Add(new Int64Field(IndexFields.PriceIn(currency), minor, Field.Store.YES));
            if (price.CompareAt is { } compareAt)
            {
                document.Add(new StoredField(IndexFields.CompareAtIn(currency), MinorUnits(compareAt, currency)));
            }
        }

        return document;
    }

    /// <summary>Attribute names are matched without case; values as given.</summary>
    public static string AttributeTerm(string name, string value) => name.Trim().ToLowerInvariant() + "=" + value.Trim();

    public static long MinorUnits(decimal amount, string currency) =>
        (long)(Currency.Round(amount, currency) * Pow10(Currency.MinorUnits(currency)));

    public static decimal FromMinorUnits(long minor, string currency) => minor / Pow10(Currency.MinorUnits(currency));

    private static decimal Pow10(int digits) => digits switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };

    internal static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
