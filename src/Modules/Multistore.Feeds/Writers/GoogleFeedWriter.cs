using System.Text;
using System.Xml;
using Multistore.Feeds.Services;

namespace Multistore.Feeds.Writers;

/// <summary>
/// Writes Google Merchant Center's product feed: RSS 2.0 with the <c>g:</c> namespace, one <c>item</c> per feed item,
/// straight to the response as items arrive (XmlWriter flushes as it goes, so memory holds one page of the catalog).
/// </summary>
public static class GoogleFeedWriter
{
    public const string Namespace = "http://base.google.com/ns/1.0";
    public const string ContentType = "application/rss+xml; charset=utf-8";

    public static async Task WriteAsync(Stream body, FeedScope scope, IAsyncEnumerable<FeedItem> items, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "g", null, Namespace);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", scope.SiteName);
        xml.WriteElementString("link", scope.Url("/"));
        xml.WriteElementString("description", $"{scope.SiteName} ({scope.Culture}, {scope.Currency})");
        var written = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            WriteItem(xml, item);
            if (++written % 100 == 0)
            {
                await xml.FlushAsync();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void WriteItem(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("item");
        Google(xml, "id", item.Id);
        Google(xml, "title", item.Title);
        Google(xml, "description", item.Description);
        Google(xml, "link", item.Link);
        Google(xml, "image_link", item.ImageLink);
        foreach (var image in item.AdditionalImageLinks)
        {
            Google(xml, "additional_image_link", image);
        }

        Google(xml, "availability", item.Availability);
        Google(xml, "availability_date", FeedAvailability.Format(item.AvailabilityDate));
        Google(xml, "price", FeedMoney.Format(item.Price));
        Google(xml, "sale_price", item.SalePrice is { } sale ? FeedMoney.Format(sale) : null);
        Google(xml, "brand", item.Brand);
        Google(xml, "gtin", item.Gtin);
        Google(xml, "mpn", item.Mpn);
        Google(xml, "identifier_exists", item.IdentifierExists ? null : "no");
        Google(xml, "item_group_id", item.ItemGroupId);
        Google(xml, "condition", "new");
        foreach (var shipping in item.Shipping)
        {
            xml.WriteStartElement("g", "shipping", Namespace);
            Google(xml, "country", shipping.Country);
            Google(xml, "service", shipping.Service);
            Google(xml, "price", FeedMoney.Format(shipping.Price));
            xml.WriteEndElement();
        }

        foreach (var tax in item.Tax)
        {
            xml.WriteStartElement("g", "tax", Namespace);
            Google(xml, "country", tax.Country);
            Google(xml, "region", tax.Region);
            Google(xml, "rate", FeedRate.Format(tax.Rate));
            Google(xml, "tax_ship", tax.TaxShip ? "yes" : "no");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Google(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString("g", name, Namespace, value);
        }
    }
}
