using System.Globalization;
using Multistore.Feeds.Writers;

namespace Multistore.Modules.Tests.Feeds.Writers;

public sealed class FeedRateTests
{
    [Theory]
    [InlineData("8.875", "8.875")]
    [InlineData("7.2500", "7.25")]
    [InlineData("6", "6")]
    public void WritesAPercentWithAPointAndNoTrailingZeros(string rate, string written) =>
        Assert.Equal(written, FeedRate.Format(decimal.Parse(rate, CultureInfo.InvariantCulture)));
}
