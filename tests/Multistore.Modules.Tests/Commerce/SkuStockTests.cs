using Multistore.Commerce;

namespace Multistore.Modules.Tests.Commerce;

public sealed class SkuStockTests
{
    [Theory]
    [InlineData(0, false, StockStatus.OutOfStock)]
    [InlineData(0, true, StockStatus.Backorder)]
    [InlineData(2, true, StockStatus.LowStock)]
    [InlineData(9, true, StockStatus.InStock)]
    public void BackorderIsTheStatusOnlyOfASkuAtZeroThatTheStoreSellsBeyondItsStock(int available, bool backorder, StockStatus expected) =>
        Assert.Equal(expected, new SkuStock(available, 3, backorder).Status);

    [Fact]
    public void ABackorderedSkuCanBeSoldAndOrderedInAnyQuantity()
    {
        var stock = new Dictionary<string, SkuStock>(StringComparer.OrdinalIgnoreCase)
        {
            ["RED"] = new(0, 3, Backorder: true, new DateOnly(2027, 1, 15)),
            ["BLUE"] = new(0, 3),
        };

        Assert.True(stock.CanSell("red"));
        Assert.False(stock.CanSell("BLUE"));
        Assert.True(stock.CanSell("UNTRACKED"));
        Assert.True(stock["RED"].CanOrder(50));
        Assert.False(stock["BLUE"].CanOrder(1));
    }
}
