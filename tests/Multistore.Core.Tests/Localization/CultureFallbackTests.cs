using Multistore.Localization;

namespace Multistore.Core.Tests.Localization;

public sealed class CultureFallbackTests
{
    [Fact]
    public void FallsBackWithinTheLanguageBeforeTheDefaultCulture()
    {
        var chain = CultureFallback.Chain("de-AT", "en-US", ["fr-FR", "de-CH", "en-US", "de-DE"]);

        Assert.Equal(["de-AT", "de", "de-DE", "de-CH", "en-US", "en"], chain);
    }

    [Fact]
    public void PicksTheSameLanguageWhateverOrderTheTextsWereStoredIn()
    {
        string[] stored = ["fr-FR", "en-GB", "de-DE"];

        Assert.Equal("de-DE", CultureFallback.Pick(stored, c => c, "de-AT", "en-US"));
        Assert.Equal("de-DE", CultureFallback.Pick(stored.Reverse().ToArray(), c => c, "de-AT", "en-US"));
    }

    [Fact]
    public void PicksTheDefaultCultureWhenTheLanguageHasNoText()
    {
        Assert.Equal("sv-SE", CultureFallback.Pick(["fr-FR", "sv-SE"], c => c, "de-AT", "sv-SE"));
    }

    [Fact]
    public void OutsideTheChainPicksByNameNotByStorageOrder()
    {
        Assert.Equal("fr-FR", CultureFallback.Pick(["sv-SE", "fr-FR"], c => c, "de-AT", "en-US"));
        Assert.Equal("fr-FR", CultureFallback.Pick(["fr-FR", "sv-SE"], c => c, "de-AT", "en-US"));
    }

    [Fact]
    public void OutsideTheChainPicksEnglishBeforeOtherLanguages()
    {
        // A Danish clone of a Swedish store: no Danish text, so English, not German (first by name).
        Assert.Equal("en-US", CultureFallback.Pick(["sv-SE", "de-DE", "en-US", "fr-FR"], c => c, "da-DK", "da-DK"));
        Assert.Equal("en-GB", CultureFallback.Pick(["de-DE", "en-GB"], c => c, "da-DK", "da-DK"));
    }

    [Fact]
    public void FindReturnsNothingOutsideTheChain()
    {
        var texts = new Dictionary<string, string> { ["fr-FR"] = "Bonnet" };

        Assert.Null(CultureFallback.Find(texts, "de-AT", "en-US"));
        Assert.Equal("Bonnet", CultureFallback.Find(texts, "fr-CA", "en-US"));
    }
}
