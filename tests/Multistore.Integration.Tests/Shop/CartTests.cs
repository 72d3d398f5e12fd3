using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Pricing;
using Multistore.Shells;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class CartTests
{
    [Fact]
    public async Task TellsTheShopperWhenAPriceChangedSinceTheyAddedIt()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 2));
        await store.WithAsync(s => s.GetRequiredService<PricingDbContext>().PriceEntries.Where(e => e.Sku == "LAMP")
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Amount, 54.90m)));

        var seen = await store.WithAsync(s => s.GetRequiredService<ICartService>().GetAsync(cart.Id, CancellationToken.None));
        var again = await store.WithAsync(s => s.GetRequiredService<ICartService>().GetAsync(cart.Id, CancellationToken.None));

        var message = Assert.Single(seen!.Messages);
        Assert.Equal("price-changed", message.Code);
        Assert.Equal("Der Preis von Lampe hat sich von 49,90 € auf 54,90 € geändert.", message.Text.Replace('\u00a0', ' '));
        Assert.Equal(new Money(109.80m, "EUR"), seen.Total);
        Assert.Empty(again!.Messages);
    }

    [Fact]
    public async Task CutsAQuantityToWhatIsInStockAndSaysSo()
    {
        var store = await CommerceStore.CreateAsync();

        var cart = await store.CartWithAsync(("CHAIR", 8));

        Assert.Equal(5, Assert.Single(cart.Lines).Quantity);
        Assert.Equal("quantity-reduced", Assert.Single(cart.Messages).Code);
    }

    [Fact]
    public async Task MergesTheGuestCartIntoTheCustomersCartOnSignIn()
    {
        var store = await CommerceStore.CreateAsync();
        var own = await store.WithAsync(async s =>
        {
            var carts = s.GetRequiredService<ICartService>();
            var cart = await carts.CreateAsync("customer-1", Touchpoints.App, CancellationToken.None);
            return await carts.AddLineAsync(cart.Id, "LAMP", 1, Touchpoints.App, CancellationToken.None);
        });
        var guest = await store.CartWithAsync(("LAMP", 2), ("CHAIR", 1));

        var merged = await store.WithAsync(s => s.GetRequiredService<ICartService>().MergeGuestCartAsync(guest.Id, "customer-1", Touchpoints.Web, CancellationToken.None));
        var onKiosk = await store.WithAsync(s => s.GetRequiredService<ICartService>().GetForCustomerAsync("customer-1", CancellationToken.None));

        Assert.Equal(own!.Id, merged!.Id);
        Assert.Equal(3, merged.Lines.Single(l => l.Sku == "LAMP").Quantity);
        Assert.Equal(1, merged.Lines.Single(l => l.Sku == "CHAIR").Quantity);
        Assert.Equal(Touchpoints.Web, merged.Touchpoint);
        Assert.Equal(merged.Id, onKiosk!.Id);
        Assert.Null(await store.WithAsync(s => s.GetRequiredService<ICartService>().GetAsync(guest.Id, CancellationToken.None)));
    }

    [Fact]
    public async Task CartSurvivesARestartOfTheStore()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));

        CommerceStore.Factory.Service<ShellHost>().Release(store.Tenant.Name);
        var after = await store.WithAsync(s => s.GetRequiredService<ICartService>().GetAsync(cart.Id, CancellationToken.None));

        Assert.Equal("LAMP", Assert.Single(after!.Lines).Sku);
    }

    [Fact]
    public async Task RejectsUnknownSkusAndBadQuantitiesNamingTheField()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync();

        var unknown = await Assert.ThrowsAsync<CartValidationException>(() => store.WithAsync(s => s.GetRequiredService<ICartService>().AddLineAsync(cart.Id, "NOPE", 1, Touchpoints.Web, CancellationToken.None)));
        var zero = await Assert.ThrowsAsync<CartValidationException>(() => store.WithAsync(s => s.GetRequiredService<ICartService>().AddLineAsync(cart.Id, "LAMP", 0, Touchpoints.Web, CancellationToken.None)));

        Assert.Equal("sku", unknown.Field);
        Assert.Equal("quantity", zero.Field);
    }
}
