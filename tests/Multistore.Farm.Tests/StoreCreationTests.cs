using System.Net;
using Xunit.Abstractions;

namespace Multistore.Farm.Tests;

/// <summary>A store created through one node's tenants API answers on the other node and through HAProxy.</summary>
[Collection(FarmSuite.Name)]
public sealed class StoreCreationTests(Farm farm, ITestOutputHelper output)
{
    [Fact]
    public Task AStoreCreatedThroughOneNodeAnswersOnBoth() => farm.ReportingAsync(output, async () =>
    {
        var store = await FarmStore.CreateAsync(farm, farm.A.Address);

        await store.ServedAtAsync(farm.B.Address, "node B");
        await store.ServedAtAsync(farm.A.Address, "node A");
        using var balanced = store.Client(farm.Balancer);
        for (var i = 0; i < 4; i++)
        {
            var home = await balanced.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("Farm Lamps", (await Html.ParseAsync(home)).Title, StringComparison.Ordinal);
        }
    });
}
