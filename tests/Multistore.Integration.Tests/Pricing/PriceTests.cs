using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Catalog;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Pricing.Services;
using Multistore.Recipes;

namespace Multistore.Integration.Tests.Pricing;

public sealed class PriceTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private const string Recipe = """
        { "name": "prices", "steps": [
          { "name": "recipes", "values": [ { "name": "store" } ] },
          { "name": "catalog", "products": [ { "sku": "TEA", "translations": { "en-US": { "name": "Tea" } } } ] },
          { "name": "pricelists", "lists": [
            { "name": "Yen", "currency": "JPY", "default": true, "prices": [ { "sku": "TEA", "amount": 1234.5 } ],
              "scheduled": [ { "sku": "TEA", "amount": 999.4, "from": "2030-01-01T00:00:00Z", "to": "2030-01-08T00:00:00Z" } ] },
            { "name": "Dinar", "currency": "KWD", "default": true, "prices": [ { "sku": "TEA", "amount": 1.23456 } ] },
            { "name": "Dollar", "currency": "USD", "default": true, "prices": [ { "sku": "TEA", "amount": 9.995 } ] } ] } ] }
        """;

    [Fact]
    public async Task PricesAreRoundedToEachCurrencysMinorUnit()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(Recipe);

        var prices = await tenant.RunAsync(async s =>
        {
            var service = s.GetRequiredService<IPriceService>();
            return new[] { "JPY", "KWD", "USD" }.ToDictionary(c => c, c => service.GetPricesAtAsync(["TEA"], c, new DateTime(2029, 1, 1, 0, 0, 0, DateTimeKind.Utc), CancellationToken.None).Result["TEA"].Price.Amount);
        });

        Assert.Equal(1235m, prices["JPY"]);
        Assert.Equal(1.235m, prices["KWD"]);
        Assert.Equal(10.00m, prices["USD"]);
    }

    [Fact]
    public async Task ScheduledPriceAppliesOnlyWithinItsWindow()
    {
        var tenant = await Factory.CreateTenantFromJsonAsync(Recipe);

        async Task<SkuPrice> At(DateTime utc) => await tenant.RunAsync(async s =>
            (await s.GetRequiredService<IPriceService>().GetPricesAtAsync(["TEA"], "JPY", utc, CancellationToken.None))["TEA"]);

        var before = await At(new DateTime(2029, 12, 31, 23, 59, 0, DateTimeKind.Utc));
        var during = await At(new DateTime(2030, 1, 3, 0, 0, 0, DateTimeKind.Utc));
        var after = await At(new DateTime(2030, 1, 8, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(1235m, before.Price.Amount);
        Assert.Null(before.CompareAt);
        Assert.Equal(999m, during.Price.Amount);
        Assert.Equal(1235m, during.CompareAt?.Amount);
        Assert.True(during.IsScheduled);
        Assert.Equal(1235m, after.Price.Amount);
    }

    [Fact]
    public async Task RecipeRejectsTwoDefaultListsForOneCurrencyAndAnEndBeforeTheStart()
    {
        const string bad = """
            { "name": "bad-prices", "steps": [
              { "name": "recipes", "values": [ { "name": "store" } ] },
              { "name": "pricelists", "lists": [
                { "name": "A", "currency": "EUR", "default": true, "prices": [ { "sku": "X", "amount": 1 } ] },
                { "name": "B", "currency": "EUR", "default": true,
                  "scheduled": [ { "sku": "X", "amount": 1, "from": "2030-02-01T00:00:00Z", "to": "2030-01-01T00:00:00Z" } ] } ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => Factory.CreateTenantFromJsonAsync(bad));

        Assert.Contains(error.Errors, e => e.Field == "lists[1].default");
        Assert.Contains(error.Errors, e => e.Field == "lists[1].scheduled[0].to");
    }
}
