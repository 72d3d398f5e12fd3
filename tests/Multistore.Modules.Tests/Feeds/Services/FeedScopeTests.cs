using Multistore.Feeds.Services;

namespace Multistore.Modules.Tests.Feeds.Services;

public sealed class FeedScopeTests
{
    private static readonly FeedScope Prefixed = new("de-DE", "sv-SE", ["sv-SE", "de-DE"], "SEK", "Nordic", "https://shops.example", "/nordic");

    [Fact]
    public void DefaultCultureHasNoSegment() =>
        Assert.Equal("https://shops.example/nordic/products/x", Prefixed.UrlIn("sv-SE", "/products/x"));

    [Fact]
    public void OtherCultureGetsItsLowerCaseSegmentAfterThePrefix() =>
        Assert.Equal("https://shops.example/nordic/de-de/products/x", Prefixed.Url("/products/x"));

    [Fact]
    public void HomeInAnotherCultureHasNoTrailingSlash() =>
        Assert.Equal("https://shops.example/nordic/de-de", Prefixed.Url("/"));

    [Fact]
    public void HostPathsBecomeAbsoluteOnTheSameOrigin() =>
        Assert.Equal("https://shops.example/nordic/media/products/a.png", Prefixed.Absolute("/nordic/media/products/a.png"));
}
