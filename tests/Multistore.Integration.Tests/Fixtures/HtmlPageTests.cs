namespace Multistore.Integration.Tests.Fixtures;

/// <summary>The page and form readers every integration test relies on: what they read must be what a browser shows and posts.</summary>
public sealed class HtmlPageTests
{
    private const string Form = """
        <html lang="de-DE"><head><title>Kasse · Shop</title><script>var secret = "not text";</script></head>
        <body><main><h1>Kasse</h1><p class="notice" role="status">Gespeichert.</p><p role="alert">Bitte korrigieren.</p>
        <p class="muted">Bitte   prüfen <b>Sie</b>
        alles.</p>
        <form method="post" action="/checkout">
          <input type="hidden" name="__RequestVerificationToken_x" value="a&amp;b">
          <input name="email" value="erika@example.com" aria-describedby="email-error"><span class="field-error" id="email-error">Keine gültige Adresse.</span>
          <input type="checkbox" name="business" value="true">
          <input type="checkbox" name="terms" value="yes" checked>
          <input name="disabled" value="x" disabled>
          <select name="country"><option value="SE">Schweden</option><option value="DE" selected>Deutschland</option></select>
          <textarea name="note">Klingeln &lt;zweimal&gt;</textarea>
          <button type="submit" name="action" value="place">Kaufen</button>
        </form><table><tr><td>Lampe</td><td>2</td></tr></table><dl class="totals"><dt>Summe</dt><dd><strong>104,70 €</strong></dd><dt>Leer</dt></dl><a href="/cart">Warenkorb</a></main></body></html>
        """;

    [Fact]
    public void TextIsWhatAReaderSeesWithoutScriptsAndWithWhitespaceCollapsed()
    {
        var page = HtmlPage.Parse(Form);

        Assert.Equal("Bitte prüfen Sie alles.", page.Text("p.muted"));
        Assert.DoesNotContain("not text", page.Text());
        Assert.Equal("Kasse · Shop", page.Document.Title);
        Assert.Equal("de-DE", page.Attribute("html", "lang"));
        Assert.Equal(["/cart"], page.Links());
    }

    [Fact]
    public void AFormPostsWhatABrowserWouldPost()
    {
        var fields = HtmlPage.Parse(Form).Form();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken_x"] = "a&b", ["email"] = "erika@example.com", ["terms"] = "yes", ["country"] = "DE", ["note"] = "Klingeln <zweimal>",
            },
            fields);
    }

    [Fact]
    public void TheAntiforgeryTokenIsReadUnderItsOwnNameAndDecoded()
    {
        Assert.Equal(("__RequestVerificationToken_x", "a&b"), FormFields.Antiforgery(Form));
        Assert.Equal("a&b", FormFields.WithAntiforgery(Form, [])["__RequestVerificationToken_x"]);
    }

    [Fact]
    public void AFieldReadsItsValueOrNothingWhenItWouldPostNothing()
    {
        var page = HtmlPage.Parse(Form);

        Assert.Equal("DE", page.Field("country"));
        Assert.Null(page.Field("business"));
        Assert.Null(page.Field("disabled"));
        Assert.Null(page.Field("nowhere"));
        Assert.True(page.HasElementWithText("Deutschland"));
        Assert.False(page.HasElementWithText("Kasse · Shop Kasse"));
    }

    [Fact]
    public void TheHeadingMessagesAndFieldErrorsAreReadFromTheElementsThatHoldThem()
    {
        var page = HtmlPage.Parse(Form);

        Assert.Equal("Kasse", page.Heading());
        Assert.Equal(["Gespeichert."], page.Notices());
        Assert.Equal(["Bitte korrigieren."], page.Alerts());
        Assert.Equal("Keine gültige Adresse.", page.FieldError("email"));
        Assert.Equal(["Bitte korrigieren.", "Keine gültige Adresse."], page.Errors());
        Assert.Equal("Lampe 2", page.TablesText());
        Assert.Equal("/cart", page.Link("Warenkorb"));
        Assert.Equal(new Dictionary<string, string> { ["Summe"] = "104,70 €", ["Leer"] = "" }, page.Definitions("dl.totals"));
    }
}
