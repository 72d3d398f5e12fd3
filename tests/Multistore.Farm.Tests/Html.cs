using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Multistore.Farm.Tests;

/// <summary>Pages parsed as a browser would (AngleSharp), for asserting on what a person sees.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The product page's price as the shopper reads it.</summary>
    public static string Price(IHtmlDocument page) => page.QuerySelector(".product .price .amount")?.TextContent.Trim() ?? "(no price)";
}
