namespace Multistore.Core.Tests.Theming;

public sealed class LiquidFiltersTests : IDisposable
{
    private const string FrenchHeader = "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n";
    private readonly ThemeFolder _themes = new();

    [Fact]
    public async Task TranslatesFromTheNearestThemeThenItsBase()
    {
        _themes.Write("Base/Localization/fr-FR.po", FrenchHeader + "msgid \"Cart\"\nmsgstr \"Panier (base)\"\n\nmsgid \"Search\"\nmsgstr \"Rechercher\"\n");
        _themes.Write("Brand/Localization/fr-FR.po", FrenchHeader + "msgid \"Cart\"\nmsgstr \"Mon panier\"\n");
        _themes.Write("Brand/Views/page.liquid", "{{ 'Cart' | t }}|{{ 'Search' | t }}|{{ 'Untranslated' | t }}");

        Assert.Equal("Mon panier|Rechercher|Untranslated", await _themes.RenderAsync("page", "fr-FR"));
    }

    [Fact]
    public async Task TenantTranslationsWinOverThemes()
    {
        _themes.Write("Brand/Localization/fr-FR.po", FrenchHeader + "msgid \"Cart\"\nmsgstr \"Mon panier\"\n");
        _themes.TenantTranslations["fr-FR"] = "msgid \"Cart\"\nmsgstr \"Caddie\"\n";
        _themes.Write("Brand/Views/page.liquid", "{{ 'Cart' | t }}");

        Assert.Equal("Caddie", await _themes.RenderAsync("page", "fr-FR"));
    }

    [Fact]
    public async Task ChoosesThePluralFormByTheFilesRuleAndFormatsTheCount()
    {
        _themes.Write("Brand/Localization/fr-FR.po", FrenchHeader + "msgid \"{0} item\"\nmsgid_plural \"{0} items\"\nmsgstr[0] \"{0} article\"\nmsgstr[1] \"{0} articles\"\n");
        _themes.Write("Brand/Views/page.liquid", "{{ '{0} item' | t: plural: '{0} items', count: 0 }}|{{ '{0} item' | t: plural: '{0} items', count: 1200 }}");

        Assert.Equal("0 article|1\u202f200 articles", await _themes.RenderAsync("page", "fr-FR"));
    }

    [Fact]
    public async Task UsesTheContextToTellSameWordsApart()
    {
        _themes.Write("Brand/Localization/fr-FR.po", FrenchHeader + "msgctxt \"badge\"\nmsgid \"Sale\"\nmsgstr \"Promo\"\n\nmsgid \"Sale\"\nmsgstr \"Vente\"\n");
        _themes.Write("Brand/Views/page.liquid", "{{ 'Sale' | t: context: 'badge' }}|{{ 'Sale' | t }}");

        Assert.Equal("Promo|Vente", await _themes.RenderAsync("page", "fr-FR"));
    }

    [Fact]
    public async Task FallsBackToTheParentCultureThenToTheSourceText()
    {
        _themes.Write("Brand/Localization/fr.po", FrenchHeader + "msgid \"Cart\"\nmsgstr \"Panier\"\n");
        _themes.Write("Brand/Views/page.liquid", "{{ 'Cart' | t }}");

        Assert.Equal("Panier", await _themes.RenderAsync("page", "fr-CA"));
        Assert.Equal("Cart", await _themes.RenderAsync("page", "de-DE"));
    }

    [Fact]
    public async Task FormatsPositionalArguments()
    {
        _themes.Write("Brand/Views/page.liquid", "{{ 'Pick up at {0}' | t: 'Drottninggatan' }}");

        Assert.Equal("Pick up at Drottninggatan", await _themes.RenderAsync("page"));
    }

    [Fact]
    public async Task FormatsMoneyAndNumbersInTheRequestCulture()
    {
        _themes.Write("Brand/Views/page.liquid", "{{ 1234.5 | money }}|{{ 1234.5 | number: 1 }}");

        Assert.Matches(@"^1\s234,50\s\$\|1\s234,5$", await _themes.RenderAsync("page", "sv-SE"));
        Assert.Equal("$1,234.50|1,234.5", await _themes.RenderAsync("page", "en-US"));
    }

    [Fact]
    public async Task FormatsDatesInTheRequestCulture()
    {
        _themes.Write("Brand/Views/page.liquid", "{{ '2026-11-29T12:00:00Z' | date_format: 'd' }}");

        Assert.Equal("29.11.2026", await _themes.RenderAsync("page", "de-DE"));
        Assert.Equal("11/29/2026", await _themes.RenderAsync("page", "en-US"));
    }

    [Fact]
    public async Task AsksForAResizedImageWithinLimits()
    {
        _themes.Write("Brand/Views/page.liquid", "{{ '/media/parka.jpg' | image_url: width: 400 }}|{{ '/media/a.jpg?v=2' | image_url: width: 99999, height: 300 }}|{{ '' | image_url: 40 }}");

        Assert.Equal("/media/parka.jpg?w=400|/media/a.jpg?v=2&w=2400&h=300|", await _themes.RenderAsync("page"));
    }

    [Fact]
    public async Task ReadsNothingOutsideTheModelsItIsGiven()
    {
        _themes.Write("Brand/Views/page.liquid", "[{{ site.GetType }}{{ request.HttpContext.User }}{{ 'x' | system }}]");

        Assert.Equal("[x]", await _themes.RenderAsync("page"));
    }

    public void Dispose() => _themes.Dispose();
}
