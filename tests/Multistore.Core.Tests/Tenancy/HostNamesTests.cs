using Multistore.Tenancy;

namespace Multistore.Core.Tests.Tenancy;

public sealed class HostNamesTests
{
    [Theory]
    [InlineData("nordic-se.localhost:5510", "nordic-se.localhost")]
    [InlineData("Nordic-SE.LocalHost.", "nordic-se.localhost")]
    [InlineData("  shop.test.:80 ", "shop.test")]
    [InlineData("*.Example.com", "*.example.com")]
    [InlineData("[::1]:5000", "[::1]")]
    public void NormalizesCasePortAndTrailingDot(string host, string expected) =>
        Assert.Equal(expected, HostNames.Normalize(host));

    [Fact]
    public void RefusesHostsLongerThanDnsAllowsWithoutEchoingThem()
    {
        var huge = new string('a', 70_000) + ".test";

        var message = HostNames.CheckLength(huge);

        Assert.NotNull(message);
        Assert.Contains("at most 253", message);
        Assert.True(message.Length < 300);
        Assert.Contains("at most 63", HostNames.CheckLength(new string('b', 64) + ".test"));
        Assert.Null(HostNames.CheckLength(new string('c', 63) + ".test"));
    }

    [Fact]
    public void AWildcardCoversSubdomainsOnly()
    {
        Assert.True(HostNames.Covers("*.localhost", "nordic-se.localhost:5510"));
        Assert.False(HostNames.Covers("*.localhost", "localhost"));
        Assert.False(HostNames.Covers("*.example.com", "shop.localhost"));
    }
}
