using System.Globalization;
using Microsoft.Extensions.Options;
using Multistore.Cart.Domain;
using Multistore.Cart.Services;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Promotions.Domain;
using Multistore.Settings;

namespace Multistore.Modules.Tests.Cart.Services;

public sealed class CartPricingTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly CatalogOfSkus _catalog = new(Sku("TEE", "T-shirt"), Sku("CAP", "Cap"), Sku("OLD", "Retired mug", isActive: false));
    private readonly PricesOfSkus _prices = new("USD");
    private readonly StockOfSkus _stock = new();

    public CartPricingTests()
    {
        _prices["TEE"] = 19.99m;
        _prices["CAP"] = 12.50m;
        _prices["OLD"] = 5m;
    }

    [Fact]
    public async Task LineTotalsAreUnitPriceTimesQuantityAndTheSubtotalTheirSum()
    {
        var view = await Price(Cart(("TEE", 3, 19.99m), ("CAP", 2, 12.50m)));

        Assert.Equal([new Money(59.97m, "USD"), new Money(25m, "USD")], view.Lines.Select(l => l.LineTotal));
        Assert.Equal(new Money(84.97m, "USD"), view.Subtotal);
        Assert.Equal(view.Subtotal, view.Total);
        Assert.Equal(5, view.ItemCount);
        Assert.Empty(view.Messages);
    }

    [Fact]
    public async Task ANewPriceIsChargedAndTheShopperIsTold()
    {
        var cart = Cart(("TEE", 1, 24.99m));

        var view = await Price(cart);

        Assert.Equal(new Money(19.99m, "USD"), view.Lines[0].UnitPrice);
        Assert.Equal(19.99m, cart.Lines[0].UnitPrice);
        Assert.Equal([new CartMessage("price-changed", "TEE", "The price of T-shirt changed from $24.99 to $19.99.")], view.Messages);
    }

    [Fact]
    public async Task AQuantityAboveStockIsCutToWhatIsLeft()
    {
        _stock["TEE"] = 2;
        var cart = Cart(("TEE", 5, 19.99m));

        var view = await Price(cart);

        Assert.Equal(2, view.Lines[0].Quantity);
        Assert.Equal(2, cart.Lines[0].Quantity);
        Assert.Equal(new Money(39.98m, "USD"), view.Subtotal);
        Assert.Equal("quantity-reduced", Assert.Single(view.Messages).Code);
        Assert.Equal("Only 2 of T-shirt are in stock; the quantity was changed from 5 to 2.", view.Messages[0].Text);
    }

    [Fact]
    public async Task AnItemOutOfStockIsRemoved()
    {
        _stock["CAP"] = 0;
        var cart = Cart(("TEE", 1, 19.99m), ("CAP", 1, 12.50m));

        var view = await Price(cart);

        Assert.Equal(["TEE"], view.Lines.Select(l => l.Sku));
        Assert.Equal(["TEE"], cart.Lines.Select(l => l.Sku));
        Assert.Equal([new CartMessage("out-of-stock", "CAP", "Cap is out of stock and was removed from your cart.")], view.Messages);
    }

    [Fact]
    public async Task AnUntrackedItemIsSoldInAnyQuantity()
    {
        var view = await Price(Cart(("TEE", 400, 19.99m)));

        Assert.Equal(400, view.Lines[0].Quantity);
        Assert.Null(view.Lines[0].Available);
    }

    [Theory]
    [InlineData("OLD", "Retired mug")]
    [InlineData("GONE", "GONE")]
    public async Task AnItemNoLongerSoldIsRemovedByNameOrElseBySku(string sku, string shown)
    {
        var cart = Cart(("TEE", 1, 19.99m), (sku, 1, 5m));

        var view = await Price(cart);

        Assert.Equal(["TEE"], view.Lines.Select(l => l.Sku));
        Assert.Equal([new CartMessage("unavailable", sku, $"{shown} is no longer sold and was removed from your cart.")], view.Messages);
    }

    [Fact]
    public async Task AnItemWithoutAPriceIsNoLongerSold()
    {
        _prices.Remove("CAP");

        var view = await Price(Cart(("CAP", 1, 12.50m)));

        Assert.Empty(view.Lines);
        Assert.Equal("unavailable", Assert.Single(view.Messages).Code);
    }

    [Fact]
    public async Task AValidCouponTakesItsDiscountOffTheSubtotal()
    {
        var cart = Cart(("TEE", 2, 19.99m));
        cart.CouponCode = "TENPERCENT";

        var view = await Price(cart, new Coupon { Code = "TENPERCENT", Kind = CouponKind.Percentage, Value = 10m });

        Assert.Equal(new Money(39.98m, "USD"), view.Subtotal);
        Assert.Equal(new Money(4m, "USD"), view.Discount);
        Assert.Equal(new Money(35.98m, "USD"), view.Total);
        Assert.Equal("TENPERCENT", view.CouponCode);
    }

    [Fact]
    public async Task ACouponThatStoppedApplyingIsRemovedWithItsReason()
    {
        var cart = Cart(("TEE", 1, 19.99m));
        cart.CouponCode = "BIG";

        var view = await Price(cart, new Coupon { Code = "BIG", Kind = CouponKind.Fixed, Value = 10m, EndsUtc = Now });

        Assert.Null(view.CouponCode);
        Assert.Null(cart.CouponCode);
        Assert.Equal(Money.Zero("USD"), view.Discount);
        Assert.Equal(view.Subtotal, view.Total);
        Assert.Equal([new CartMessage("coupon-removed", null, "The coupon 'BIG' has expired. It was removed from your cart.")], view.Messages);
    }

    [Fact]
    public async Task TheCartIsPricedInTheStoresCurrency()
    {
        var prices = new PricesOfSkus("SEK");
        prices["TEE"] = 199m;
        var pricing = new CartPricing(_catalog, prices, _stock, new CouponsByCode(Now), Options.Create(new SiteSettings { Currency = "SEK" }), new InvariantLocalizer());

        var view = await WithCulture("sv-SE", () => pricing.PriceAsync(Cart(("TEE", 2, 199m)), CancellationToken.None));

        Assert.Equal("SEK", view.Currency);
        Assert.Equal(new Money(398m, "SEK"), view.Total);
    }

    private Task<CartView> Price(Multistore.Cart.Domain.Cart cart, params Coupon[] coupons)
    {
        var pricing = new CartPricing(_catalog, _prices, _stock, new CouponsByCode(Now, coupons), Options.Create(new SiteSettings { Currency = "USD" }), new InvariantLocalizer());
        return WithCulture("en-US", () => pricing.PriceAsync(cart, CancellationToken.None));
    }

    /// <summary>Prices as a shopper of <paramref name="culture"/> sees them; the culture is the request's, so it is restored after.</summary>
    private static async Task<CartView> WithCulture(string culture, Func<Task<CartView>> price)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await price();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static Multistore.Cart.Domain.Cart Cart(params (string Sku, int Quantity, decimal UnitPrice)[] lines)
    {
        var cart = new Multistore.Cart.Domain.Cart { Currency = "USD", Touchpoint = Touchpoints.Web };
        cart.Lines.AddRange(lines.Select(l => new CartLine { CartId = cart.Id, Sku = l.Sku, Quantity = l.Quantity, UnitPrice = l.UnitPrice }));
        return cart;
    }

    private static SkuInfo Sku(string sku, string name, bool isActive = true) =>
        new(sku, Guid.NewGuid(), name, null, name.ToLowerInvariant().Replace(' ', '-'), 0.3m, "standard", isActive);
}
