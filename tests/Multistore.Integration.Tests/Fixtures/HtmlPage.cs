using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>
/// A page as a browser reads it, parsed with AngleSharp, so a test asserts what a person sees (an element, its
/// text, a link, a field's value) instead of matching markup: quoting, attribute order and whitespace in the
/// template then no longer break a test, and an assertion cannot pass on text that sits in a comment or script.
/// </summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(IHtmlDocument document) => Document = document;

    public IHtmlDocument Document { get; }

    /// <summary>The text a reader sees on the whole page, whitespace collapsed (scripts and styles left out).</summary>
    public string Text() => Document.Body is { } body ? Visible(body) : "";

    public static HtmlPage Parse(string html) => new(Parser.ParseDocument(html));

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());

    public static async Task<HtmlPage> GetAsync(HttpClient client, string path) =>
        Parse(await client.GetStringAsync(path));

    /// <summary>Every element <paramref name="selector"/> (CSS) matches, in document order.</summary>
    public IReadOnlyList<IElement> All(string selector) => [.. Document.QuerySelectorAll(selector)];

    /// <summary>The first element <paramref name="selector"/> matches, or null.</summary>
    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public bool Has(string selector) => Document.QuerySelector(selector) is not null;

    /// <summary>The one element <paramref name="selector"/> matches; fails the test when none or several do.</summary>
    public IElement One(string selector)
    {
        var matches = All(selector);
        Assert.True(matches.Count == 1, $"Expected one element for '{selector}', found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The visible text of the first element <paramref name="selector"/> matches, whitespace collapsed; fails when none does.</summary>
    public string Text(string selector)
    {
        var element = Document.QuerySelector(selector);
        Assert.True(element is not null, $"The page has no element '{selector}'.");
        return Visible(element);
    }

    /// <summary>The visible text of every element <paramref name="selector"/> matches.</summary>
    public IReadOnlyList<string> Texts(string selector) => [.. All(selector).Select(Visible)];

    /// <summary>The page's main heading (its first h1) as a reader sees it; fails when the page has none.</summary>
    public string Heading() => Text("h1");

    /// <summary>The status messages the page announces (<c>role="status"</c>: "saved", "added"), in document order.</summary>
    public IReadOnlyList<string> Notices() => Texts("[role=status]");

    /// <summary>The error messages the page announces (<c>role="alert"</c>: a refused sign-in, a form summary), in document order.</summary>
    public IReadOnlyList<string> Alerts() => Texts("[role=alert]");

    /// <summary>Every error the page shows: its announced alerts and the messages next to fields (<c>.field-error</c>), in document order.</summary>
    public IReadOnlyList<string> Errors() => Texts("[role=alert], .field-error");

    /// <summary>The visible text of the tables in the page's main content, where admin lists show their rows (the menu and notices left out).</summary>
    public string TablesText() => string.Join(" | ", Texts("main table"));

    /// <summary>The error shown next to field <paramref name="field"/> (the element with id <c>{field}-error</c> its input is described by); fails when there is none.</summary>
    public string FieldError(string field) => Text($"[id='{field}-error']");

    /// <summary>The href of the first link whose visible text is <paramref name="text"/>; fails when no link reads so.</summary>
    public string Link(string text)
    {
        var link = All("a[href]").FirstOrDefault(a => Visible(a) == text);
        Assert.True(link is not null, $"The page has no link '{text}'.");
        return link.GetAttribute("href")!;
    }

    /// <summary>
    /// The terms and descriptions of the first description list <paramref name="selector"/> matches (a dt's text to
    /// the text of the dd after it: "Total" to "$95.76"), so a test reads a figure by the label a reader sees beside it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Definitions(string selector)
    {
        var list = Document.QuerySelector(selector);
        Assert.True(list is not null, $"The page has no element '{selector}'.");
        return list.QuerySelectorAll("dt").ToDictionary(Visible, dt => dt.NextElementSibling is { LocalName: "dd" } dd ? Visible(dd) : "", StringComparer.Ordinal);
    }

    /// <summary>Whether some element's whole visible text is <paramref name="text"/> (a link, a heading, a label: what <c>&gt;text&lt;</c> matched in markup).</summary>
    public bool HasElementWithText(string text) => Document.All.Any(e => e.ChildElementCount == 0 && Visible(e) == text);

    /// <summary>The values the form controls <paramref name="selector"/> matches show, in document order (see <see cref="FormFields.ValueOf"/>).</summary>
    public IReadOnlyList<string> Values(string selector = "input, select, textarea") =>
        [.. All(selector).Select(FormFields.ValueOf).OfType<string>()];

    /// <summary>Every value attribute on the page (inputs, options, buttons): what a form offers or has filled in, chosen or not.</summary>
    public IReadOnlyList<string> ValueAttributes() => [.. All("[value]").Select(e => e.GetAttribute("value")!)];

    /// <summary>Attribute <paramref name="name"/> of the first element <paramref name="selector"/> matches; null when it has none, fails when no element matches.</summary>
    public string? Attribute(string selector, string name)
    {
        var element = Document.QuerySelector(selector);
        Assert.True(element is not null, $"The page has no element '{selector}'.");
        return element.GetAttribute(name);
    }

    /// <summary>The href of every link on the page (or inside <paramref name="scope"/>), as written.</summary>
    public IReadOnlyList<string> Links(string scope = "") =>
        [.. All((scope.Length == 0 ? "" : scope + " ") + "a[href]").Select(a => a.GetAttribute("href")!)];

    /// <summary>
    /// The value the first control named <paramref name="name"/> shows (an input's value, a textarea's text, the
    /// selected option); null when no such control exists or it would post nothing (unchecked, disabled).
    /// </summary>
    public string? Field(string name) =>
        Document.QuerySelector($"[name='{name}']") is { } control ? FormFields.ValueOf(control) : null;

    /// <summary>The fields a browser would post from the form <paramref name="selector"/> matches (see <see cref="FormFields.Of(IElement)"/>).</summary>
    public Dictionary<string, string> Form(string selector = "form") => FormFields.Of(One(selector));

    /// <summary>The text of <paramref name="element"/> as a reader sees it: scripts and styles left out, blocks apart, whitespace collapsed.</summary>
    public static string Visible(IElement element)
    {
        var text = new System.Text.StringBuilder();
        Append(element, text);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(INode node, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when e.LocalName is "script" or "style" or "template" or "noscript":
                    break;
                case IElement e when Inline.Contains(e.LocalName):
                    Append(e, text);
                    break;
                case IElement e:
                    text.Append(' ');
                    Append(e, text);
                    text.Append(' ');
                    break;
            }
        }
    }

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };
}
