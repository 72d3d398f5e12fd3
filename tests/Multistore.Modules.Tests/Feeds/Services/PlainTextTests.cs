using Multistore.Feeds.Services;

namespace Multistore.Modules.Tests.Feeds.Services;

public sealed class PlainTextTests
{
    [Fact]
    public void DropsMarkupDecodesEntitiesAndCollapsesWhiteSpace() =>
        Assert.Equal("Robuste Stiefel aus Leder & Gummi. Zweite Zeile", PlainText.FromHtml("<p>Robuste Stiefel aus <b>Leder</b> &amp; Gummi.</p>\n<p>Zweite   Zeile</p>"));

    [Fact]
    public void KeepsEscapedAngleBracketsAsText() =>
        Assert.Equal("1 < 2 </script>", PlainText.FromHtml("1 &lt; 2 &lt;/script&gt;"));

    [Fact]
    public void CutsAtGooglesLimit() =>
        Assert.Equal(PlainText.MaxLength, PlainText.FromHtml(new string('a', PlainText.MaxLength + 10)).Length);
}
