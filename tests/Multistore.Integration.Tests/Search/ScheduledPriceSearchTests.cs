using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Catalog;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Pricing.Services;

namespace Multistore.Integration.Tests.Search;

public sealed class ScheduledPriceSearchTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task SearchFollowsAScheduledPriceWhenItStartsAndWhenItEnds()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(CatalogRecipes.German);
        await tenant.SearchAsync("?q=Winterparka", until: r => ParkaPrice(r) == 349m);
        var starts = DateTime.UtcNow.AddSeconds(3);

        await tenant.RunAsync(async s =>
        {
            await s.GetRequiredService<PriceWriter>().ScheduleAsync("EUR", "PARKA", 9, starts, starts.AddSeconds(10), CancellationToken.None);
            return true;
        });
        var before = await tenant.SearchAsync("?q=Winterparka", until: r => ParkaPrice(r) is not null);
        var beforeSeenUtc = DateTime.UtcNow;
        var onSale = await tenant.SearchAsync("?max=10", until: r => ParkaPrice(r) == 9m, within: TimeSpan.FromSeconds(30));
        var saleSeenUtc = DateTime.UtcNow;
        var cheapestFirst = await tenant.SearchAsync("?sort=price", until: _ => true);
        var over = await tenant.SearchAsync("?max=10", until: r => r.GetProperty("total").GetInt32() == 0, within: TimeSpan.FromSeconds(30));
        var after = await tenant.SearchAsync("?q=Winterparka", until: r => ParkaPrice(r) == 349m);

        if (beforeSeenUtc < starts)
        {
            Assert.Equal(349m, ParkaPrice(before));
        }

        Assert.True(saleSeenUtc >= starts, "the sale price was in the index before the sale started");
        Assert.Equal(9m, ParkaPrice(onSale));
        Assert.Equal(349m, onSale.GetProperty("hits")[0].GetProperty("compareAt").GetProperty("amount").GetDecimal());
        Assert.Equal(["PARKA", "CAP", "BOOT"], cheapestFirst.Skus());
        Assert.Equal(0, over.GetProperty("total").GetInt32());
        Assert.Equal(349m, ParkaPrice(after));
    }

    private static decimal? ParkaPrice(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("sku").GetString() == "PARKA")
            .Select(h => h.GetProperty("price").ValueKind == JsonValueKind.Null ? (decimal?)null : h.GetProperty("price").GetProperty("amount").GetDecimal())
            .FirstOrDefault();
}
