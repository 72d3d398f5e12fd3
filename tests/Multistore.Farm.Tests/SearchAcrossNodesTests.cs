using Xunit.Abstractions;

namespace Multistore.Farm.Tests;

/// <summary>
/// Each node keeps its own search index. A product renamed through node A is found under its new name in node B's search
/// because A's catalog change wakes B's indexer through the change channel; without that message B would read the
/// catalog's change log only at its 10-minute safety net, long after this test gives up.
/// </summary>
[Collection(FarmSuite.Name)]
public sealed class SearchAcrossNodesTests(Farm farm, ITestOutputHelper output)
{
    private static readonly string Recipe = FarmStore.Recipe.Replace("\"Multistore.StorefrontApi\",", "\"Multistore.StorefrontApi\", \"Multistore.Search\",", StringComparison.Ordinal);

    [Fact]
    public Task AProductRenamedThroughOneNodeIsFoundUnderItsNewNameInTheOtherNodesSearch() => farm.ReportingAsync(output, async () =>
    {
        Assert.Contains("Multistore.Search", Recipe, StringComparison.Ordinal);
        var store = await FarmStore.CreateAsync(farm, farm.Balancer, Recipe);
        await store.ServedAtAsync(farm.B.Address, "node B");
        using var adminOnB = await StoreAdmin.SignInAsync(store, farm.B.Address);
        // Node B answers searches from the database until its own index is built; the test needs the index.
        await Farm.ArrivesAsync("Node B's English search index built", async () =>
        {
            var checkpoint = await adminOnB.SearchIndexCheckpointAsync();
            return (long.TryParse(checkpoint, out _), checkpoint);
        });
        using var shopperOnB = store.Client(farm.B.Address);
        Assert.Empty(await ResultsAsync(shopperOnB, "brass"));

        using (var adminOnA = await StoreAdmin.SignInAsync(store, farm.A.Address))
        {
            await adminOnA.SetLampNameAsync("Brass Reading Light");
        }

        await Farm.ArrivesAsync("The renamed lamp in node B's search", async () =>
        {
            var results = await ResultsAsync(shopperOnB, "brass");
            return (results.Contains("Brass Reading Light"), string.Join(" | ", results));
        });
    });

    /// <summary>The names of the products a shopper's search for <paramref name="text"/> lists.</summary>
    private static async Task<List<string>> ResultsAsync(HttpClient shopper, string text)
    {
        var page = await Html.ParseAsync(await shopper.GetAsync($"search?q={text}"));
        return [.. page.QuerySelectorAll(".listing-main .card-title").Select(title => title.TextContent.Trim())];
    }
}
