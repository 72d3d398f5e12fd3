using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>
/// The one way tests read forms: the fields a shopper's browser would post back, the antiforgery token among
/// them, and the checkout's idempotency key. Parsed with AngleSharp, so a change of attribute order or quoting in
/// a template does not lose the token.
/// </summary>
public static class FormFields
{
    public const string AntiforgeryPrefix = "__RequestVerificationToken";

    /// <summary>The antiforgery field's name and value; fails the test when the page carries none.</summary>
    public static (string Name, string Value) Antiforgery(string html)
    {
        var field = HtmlPage.Parse(html).Document.QuerySelector($"input[name^='{AntiforgeryPrefix}']");
        Assert.True(field is not null, "The form carries an antiforgery token.");
        return (field.GetAttribute("name")!, field.GetAttribute("value") ?? "");
    }

    /// <summary>The antiforgery token's value alone, for a form posted under the default field name.</summary>
    public static string AntiforgeryToken(string html) => Antiforgery(html).Value;

    /// <summary>Adds the antiforgery token of <paramref name="html"/> to <paramref name="fields"/> under its own name, and returns them.</summary>
    public static Dictionary<string, string> WithAntiforgery(string html, Dictionary<string, string> fields)
    {
        var (name, value) = Antiforgery(html);
        fields[name] = value;
        return fields;
    }

    /// <summary>The checkout form's idempotency key, or empty when the page has none.</summary>
    public static string IdempotencyKey(string html) =>
        HtmlPage.Parse(html).Document.QuerySelector("input[name='idempotencyKey']")?.GetAttribute("value") ?? "";

    /// <summary>
    /// What a browser posts from <paramref name="form"/>: named inputs that are not disabled (checkboxes and radios
    /// only when checked), the selected option of each select and the text of each textarea. Buttons are left out.
    /// </summary>
    public static Dictionary<string, string> Of(IElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            if (ValueOf(element) is { } value)
            {
                fields[element.GetAttribute("name")!] = value;
            }
        }

        return fields;
    }

    /// <summary>What a browser posts for one control, or null when it posts nothing (disabled, unchecked, a button).</summary>
    public static string? ValueOf(IElement control) => control switch
    {
        IHtmlInputElement input when input.IsDisabled || input.Type is "submit" or "button" or "reset" or "image" or "file" => null,
        IHtmlInputElement input when input.Type is "checkbox" or "radio" => input.IsChecked ? input.GetAttribute("value") ?? "on" : null,
        IHtmlInputElement input => input.GetAttribute("value") ?? "",
        IHtmlSelectElement select when !select.IsDisabled => (select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null))?.Value,
        IHtmlTextAreaElement textArea when !textArea.IsDisabled => textArea.Value,
        _ => null,
    };

    /// <summary>The fields of the form <paramref name="selector"/> matches in <paramref name="html"/>.</summary>
    public static Dictionary<string, string> Of(string html, string selector = "form") => HtmlPage.Parse(html).Form(selector);
}
