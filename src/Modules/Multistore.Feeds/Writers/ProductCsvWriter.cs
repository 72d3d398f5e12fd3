using System.Text;
using Multistore.Feeds.Services;

namespace Multistore.Feeds.Writers;

/// <summary>
/// The same items as the Google feed as CSV (RFC 4180, a header of Google's attribute names, UTF-8), written to the
/// response as items arrive. <c>shipping</c> uses Google's text form, <c>SE::PostNord:49.00 SEK</c>, several joined by
/// commas; <c>tax</c> likewise, <c>US:NY:8.875:yes</c>; <c>additional_image_link</c> joins its addresses with commas too.
/// </summary>
public static class ProductCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "title", "description", "link", "image_link", "additional_image_link", "availability", "availability_date", "price", "sale_price",
        "brand", "gtin", "mpn", "identifier_exists", "item_group_id", "condition", "shipping", "tax",
    ];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<FeedItem> items, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
        await WriteRowAsync(writer, Columns);
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(writer, RowOf(item));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string[] RowOf(FeedItem item) =>
    [
        item.Id, item.Title, item.Description, item.Link, item.ImageLink ?? "", string.Join(',', item.AdditionalImageLinks),
        item.Availability, FeedAvailability.Format(item.AvailabilityDate) ?? "", FeedMoney.Format(item.Price), item.SalePrice is { } sale ? FeedMoney.Format(sale) : "",
        item.Brand, item.Gtin ?? "", item.Mpn ?? "", item.IdentifierExists ? "" : "no", item.ItemGroupId ?? "", "new",
        string.Join(',', item.Shipping.Select(s => $"{s.Country}::{s.Service.Replace(':', ' ')}:{FeedMoney.Format(s.Price)}")),
        string.Join(',', item.Tax.Select(t => $"{t.Country}:{t.Region}:{FeedRate.Format(t.Rate)}:{(t.TaxShip ? "yes" : "no")}")),
    ];

    private static async Task WriteRowAsync(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(Quoted(fields[i]));
        }

        await writer.WriteAsync("\r\n");
    }

    /// <summary>
    /// A field in quotes when it holds a comma, quote or line break. Values are written as they are (no spreadsheet
    /// formula escaping): a marketplace reads this file, and an altered title would be listed as altered.
    /// </summary>
    public static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
