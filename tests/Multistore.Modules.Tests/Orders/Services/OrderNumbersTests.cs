using Multistore.Orders.Services;

namespace Multistore.Modules.Tests.Orders.Services;

public sealed class OrderNumbersTests
{
    [Fact]
    public void AnOrderNumberIsTheDateAndSixCharactersWithoutLookAlikes()
    {
        var numbers = Enumerable.Range(0, 200).Select(_ => OrderNumbers.Next(new DateTime(2026, 11, 29, 23, 59, 0, DateTimeKind.Utc))).ToList();

        Assert.All(numbers, n => Assert.Matches("^261129-[2-9A-HJKMNP-Z]{6}$", n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void AccessTokensAreLongAndNeverRepeat()
    {
        var first = OrderNumbers.NewAccessToken();

        Assert.Equal(48, first.Length);
        Assert.NotEqual(first, OrderNumbers.NewAccessToken());
    }
}
