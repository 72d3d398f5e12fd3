using System.Net;
using System.Text.RegularExpressions;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>Hidden fields a shopper's browser would post back: the antiforgery token and the checkout's idempotency key.</summary>
public static partial class FormFields
{
    public static (string Name, string Value) Antiforgery(string html)
    {
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, "The form carries an antiforgery token.");
        return (match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    /// <summary>The checkout form's idempotency key, or empty when the page has none.</summary>
    public static string IdempotencyKey(string html) => IdempotencyField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"idempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyField();
}
