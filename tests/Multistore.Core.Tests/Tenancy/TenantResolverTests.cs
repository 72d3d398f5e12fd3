using Multistore.Tenancy;

namespace Multistore.Core.Tests.Tenancy;

public sealed class TenantResolverTests
{
    private static TenantSettings Tenant(string name, string? prefix = null, params string[] hosts) =>
        new() { Name = name, UrlPrefix = prefix, Hosts = hosts, State = TenantState.Running };

    [Fact]
    public void ResolvesTenantByHostAndPrefixBeforeHost()
    {
        var resolver = new TenantResolver([Tenant("shop", null, "shop.example.com"), Tenant("shop-de", "de", "shop.example.com")]);

        var match = resolver.Resolve("shop.example.com", "/de/products/x");

        Assert.Equal("shop-de", match?.Tenant.Name);
        Assert.Equal("de", match?.Prefix);
    }

    [Fact]
    public void ResolvesTenantByHostBeforePrefix()
    {
        var resolver = new TenantResolver([Tenant("byhost", null, "a.example.com"), Tenant("byprefix", "shop")]);

        Assert.Equal("byhost", resolver.Resolve("a.example.com", "/shop/cart")?.Tenant.Name);
        Assert.Equal("byprefix", resolver.Resolve("other.example.com", "/shop/cart")?.Tenant.Name);
    }

    [Fact]
    public void ResolvesAHostWhateverItsPortCaseOrTrailingDot()
    {
        // Ports do not separate origins for cookies, so a port never tells two stores apart (issue 14).
        var resolver = new TenantResolver([Tenant("shop", null, "Shop.Test.:8080")]);

        Assert.Equal("shop", resolver.Resolve("shop.test:8080", "/")?.Tenant.Name);
        Assert.Equal("shop", resolver.Resolve("SHOP.test.:5000", "/")?.Tenant.Name);
        Assert.Equal("shop", resolver.Resolve("shop.test", "/")?.Tenant.Name);
    }

    [Fact]
    public void MatchesWildcardHostsMostSpecificFirst()
    {
        var resolver = new TenantResolver([Tenant("all", null, "*.example.com"), Tenant("eu", null, "*.eu.example.com")]);

        Assert.Equal("eu", resolver.Resolve("paris.eu.example.com", "/")?.Tenant.Name);
        Assert.Equal("all", resolver.Resolve("ny.example.com", "/")?.Tenant.Name);
        Assert.Null(resolver.Resolve("example.com", "/"));
    }

    [Fact]
    public void UsesDefaultTenantAsCatchAllOnlyWithoutHostAndPrefix()
    {
        var catchAll = new TenantResolver([Tenant(TenantSettings.DefaultName)]);
        var withHost = new TenantResolver([Tenant(TenantSettings.DefaultName, null, "admin.example.com")]);

        Assert.Equal(TenantSettings.DefaultName, catchAll.Resolve("anything.test", "/")?.Tenant.Name);
        Assert.Null(withHost.Resolve("anything.test", "/"));
    }

    [Fact]
    public void LeavesUnknownHostUnresolved()
    {
        var resolver = new TenantResolver([Tenant("shop", null, "shop.test"), Tenant("other", "other")]);

        Assert.Null(resolver.Resolve("evil.test", "/"));
        Assert.Null(resolver.Resolve("evil.test", "/shop"));
    }

    [Fact]
    public void ServesPrefixedTenantAtRootOfAHostOnlyItClaims()
    {
        var resolver = new TenantResolver([
            Tenant(TenantSettings.DefaultName, null, "localhost"),
            Tenant("outlet", "outlet", "outlet.localhost", "localhost")]);

        Assert.Equal("outlet", resolver.Resolve("outlet.localhost", "/")?.Tenant.Name);
        Assert.Null(resolver.Resolve("outlet.localhost", "/")?.Prefix);
        Assert.Equal("outlet", resolver.Resolve("localhost", "/outlet/products")?.Tenant.Name);
        Assert.Equal(TenantSettings.DefaultName, resolver.Resolve("localhost", "/")?.Tenant.Name);
    }

    [Fact]
    public void DoesNotTreatAPrefixThatOnlyStartsTheSegmentAsAMatch()
    {
        var resolver = new TenantResolver([Tenant("shop", "shop")]);

        Assert.Null(resolver.Resolve("x.test", "/shopping"));
        Assert.Equal("shop", resolver.Resolve("x.test", "/shop")?.Tenant.Name);
    }

    [Fact]
    public void SaysWhenAHostIsSharedAndWhichHostATenantHoldsAlone()
    {
        var resolver = new TenantResolver([
            Tenant(TenantSettings.DefaultName, null, "localhost"),
            Tenant("outlet", "outlet", "outlet.localhost", "shops.localhost"),
            Tenant("seconds", "seconds", "shops.localhost"),
            Tenant("legacy", "legacy", "localhost")]);

        var own = resolver.Resolve("outlet.localhost", "/admin")!;
        var shared = resolver.Resolve("shops.localhost:5000", "/outlet/admin")!;
        var withoutOwnHost = resolver.Resolve("shops.localhost", "/seconds/admin")!;
        var hostOnSharedName = resolver.Resolve("localhost", "/admin")!;

        Assert.False(own.SharedOrigin);
        Assert.True(shared.SharedOrigin);
        Assert.Equal("outlet.localhost", shared.OwnHost);
        Assert.True(withoutOwnHost.SharedOrigin);
        Assert.Null(withoutOwnHost.OwnHost);
        // A store left on the SaaS host's name (a registry from before the rule) makes the host's own origin shared too.
        Assert.Equal(TenantSettings.DefaultName, hostOnSharedName.Tenant.Name);
        Assert.True(hostOnSharedName.SharedOrigin);
    }

    [Fact]
    public void PrefixOnlyTenantsShareEveryUnclaimedHost()
    {
        var alone = new TenantResolver([Tenant("only", "only")]);
        var together = new TenantResolver([Tenant("one", "one"), Tenant("two", "two")]);

        Assert.False(alone.Resolve("x.test", "/only/admin")!.SharedOrigin);
        Assert.True(together.Resolve("x.test", "/one/admin")!.SharedOrigin);
    }
}
