using System.Text;
using System.Xml;
using Multistore.Feeds.Services;

namespace Multistore.Feeds.Writers;

/// <summary>
/// Writes sitemaps.org's <c>urlset</c>: one <c>url</c> per page and culture, each naming all of the page's cultures as
/// <c>xhtml:link rel="alternate" hreflang</c> (itself included, as Google asks) and the default culture as
/// <c>x-default</c>. Streamed as pages arrive.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string ContentType = "application/xml; charset=utf-8";

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<SitemapPage> pages, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("urlset", Namespace);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        var written = 0;
        await foreach (var page in pages.WithCancellation(cancellationToken))
        {
            foreach (var (_, url) in page.UrlByCulture)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, url);
                if (page.UrlByCulture.Count > 1)
                {
                    foreach (var (culture, alternate) in page.UrlByCulture)
                    {
                        Alternate(xml, culture, alternate);
                    }

                    Alternate(xml, "x-default", page.UrlByCulture[0].Value);
                }

                xml.WriteEndElement();
            }

            if (++written % 100 == 0)
            {
                await xml.FlushAsync();
            }
        }

        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
