using System.Globalization;
using Multistore.Core.Tests.Theming;
using Multistore.Localization;

namespace Multistore.Core.Tests.Localization;

public sealed class MissingStringsTests : IDisposable
{
    private readonly ThemeFolder _themes = new();

    [Fact]
    public void ListsTemplateStringsAndOtherCulturesMsgidsThatACultureDoesNotTranslate()
    {
        _themes.Write("Base/Views/page.liquid", "{{ 'Cart' | t }} {{ \"Search\" | t }} {{ 'Sale' | t: context: 'badge' }} {{ 'Hello {0}' | t: customer.name }}");
        _themes.Write("Base/Localization/sv-SE.po", "msgid \"Cart\"\nmsgstr \"Varukorg\"\n\nmsgid \"Only in Swedish file\"\nmsgstr \"Bara på svenska\"\n");
        _themes.Write("Brand/Localization/de-DE.po", "msgid \"Search\"\nmsgstr \"Suchen\"\n");
        _themes.TenantTranslations["de-DE"] = "msgid \"Cart\"\nmsgstr \"Warenkorb\"\n";

        var missing = _themes.MissingStrings().For(CultureInfo.GetCultureInfo("de-DE"));

        Assert.Equal(["Hello {0}", "Only in Swedish file", "Sale"], missing.Select(s => s.Id));
        Assert.Equal("badge", missing.Single(s => s.Id == "Sale").Context);
        Assert.Equal("Base theme: page.liquid", missing.Single(s => s.Id == "Hello {0}").Source);
    }

    [Fact]
    public void NothingIsMissingInTheSourceLanguage()
    {
        _themes.Write("Base/Views/page.liquid", "{{ 'Cart' | t }}");

        Assert.Empty(_themes.MissingStrings().For(CultureInfo.GetCultureInfo("en-GB")));
    }

    public void Dispose() => _themes.Dispose();
}
