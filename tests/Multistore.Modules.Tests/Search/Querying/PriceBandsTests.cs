using Multistore.Search.Indexing;
using Multistore.Search.Querying;

namespace Multistore.Modules.Tests.Search.Querying;

public sealed class PriceBandsTests
{
    [Fact]
    public void CoversEveryPriceWithRoundBands()
    {
        long[] prices = [ProductDocuments.MinorUnits(25m, "EUR"), ProductDocuments.MinorUnits(189m, "EUR"), ProductDocuments.MinorUnits(199m, "EUR"), ProductDocuments.MinorUnits(349m, "EUR")];

        var bands = PriceBands.From(prices, "EUR");

        Assert.Equal(4, bands.Sum(b => b.Count));
        Assert.All(bands, b => Assert.Equal(0m, b.From.Amount % 100m));
        Assert.True(bands[^1].To is null || bands[^1].To!.Value.Amount > 349m);
    }

    [Fact]
    public void YenPricesHaveNoMinorUnits()
    {
        Assert.Equal(1235L, ProductDocuments.MinorUnits(1234.5m, "JPY"));
        Assert.Equal(1235m, ProductDocuments.FromMinorUnits(1235L, "JPY"));
        Assert.Equal(1235L, ProductDocuments.MinorUnits(1.2345m, "KWD"));
    }
}
