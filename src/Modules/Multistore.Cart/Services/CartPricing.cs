using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Pricing.Services;
using Multistore.Promotions.Services;
using Multistore.Settings;

namespace Multistore.Cart.Services;

/// <summary>
/// Prices a cart as of now: catalog, price list, stock and coupon. It corrects the stored cart (new unit price,
/// quantity cut to stock unless the SKU is sold on backorder, lines no longer sold removed) and says what it corrected, in the shopper's language
/// (the module's PO files, overridable per tenant).
/// </summary>
internal sealed class CartPricing(IProductCatalog catalog, IPriceService prices, IStockLevels stock, ICouponService coupons, IOptions<SiteSettings> site, IStringLocalizer localizer)
{
    /// <summary>
    /// The price of a SKU a shopper adds: refused, naming the SKU, when the store does not sell it (unknown, inactive,
    /// no price in the store's currency) or when it is a product that sells as variants (one of them must be chosen).
    /// </summary>
    public async Task<SkuPrice> PriceNewLineAsync(string sku, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sku))
        {
            throw new CartValidationException("sku", "Enter a SKU.");
        }

        sku = sku.Trim();
        if (sku.Length > FieldLimits.Code)
        {
            throw new CartValidationException("sku", FieldLimits.TooLong("sku", FieldLimits.Code));
        }

        var info = (await catalog.FindSkusAsync([sku], CultureInfo.CurrentCulture.Name, cancellationToken)).GetValueOrDefault(sku);
        if (info is { IsActive: true, IsSellable: false })
        {
            throw new CartValidationException("sku", localizer["'{0}' is {1}, which is sold in variants: choose one of them.", sku, info.ProductName]) { IsNotSellable = true };
        }

        var found = info is { IsActive: true } ? await prices.GetPricesAsync([sku], site.Value.Currency, cancellationToken) : null;
        return found?.Values.FirstOrDefault() ?? throw new CartValidationException("sku", localizer["'{0}' is not sold in this store.", sku]) { IsNotSellable = true };
    }

    public async Task<CartView> PriceAsync(Domain.Cart cart, CancellationToken cancellationToken)
    {
        var currency = site.Value.Currency;
        var culture = CultureInfo.CurrentCulture;
        var skus = cart.Lines.Select(l => l.Sku).ToList();
        var infos = await catalog.FindSkusAsync(skus, culture.Name, cancellationToken);
        var priced = await prices.GetPricesAsync(skus, currency, cancellationToken);
        var available = await stock.GetStockAsync(skus, cancellationToken);
        var messages = new List<CartMessage>();
        var lines = new List<CartLineView>();
        foreach (var line in cart.Lines.ToList())
        {
            if (!infos.TryGetValue(line.Sku, out var info) || !info.IsActive || !info.IsSellable || !priced.TryGetValue(line.Sku, out var price))
            {
                cart.Lines.Remove(line);
                messages.Add(new CartMessage("unavailable", line.Sku, localizer["{0} is no longer sold and was removed from your cart.", info?.ProductName ?? line.Sku]));
                continue;
            }

            var tracked = available.GetValueOrDefault(line.Sku);
            if (tracked is not null && !tracked.CanOrder(line.Quantity))
            {
                var inStock = tracked.Available;
                if (inStock <= 0)
                {
                    cart.Lines.Remove(line);
                    messages.Add(new CartMessage("out-of-stock", line.Sku, localizer["{0} is out of stock and was removed from your cart.", info.ProductName]));
                    continue;
                }

                messages.Add(new CartMessage("quantity-reduced", line.Sku, localizer["Only {0} of {1} are in stock; the quantity was changed from {2} to {0}.", inStock, info.ProductName, line.Quantity]));
                line.Quantity = inStock;
            }

            if (line.UnitPrice != price.Price.Amount)
            {
                messages.Add(new CartMessage("price-changed", line.Sku,
                    localizer["The price of {0} changed from {1} to {2}.", info.ProductName, Currency.Format(line.UnitPrice, currency, culture), Currency.Format(price.Price.Amount, currency, culture)]));
                line.UnitPrice = price.Price.Amount;
            }

            lines.Add(new CartLineView(line.Sku, info.ProductName, info.Slug, line.Quantity, price.Price, (price.Price * line.Quantity).Rounded(),
                tracked?.Available, info.WeightKg, info.TaxClass)
            {
                VariantName = info.VariantName,
                ProductId = info.ProductId,
                Backordered = tracked is { Backorder: true } ? Math.Max(0, line.Quantity - tracked.Available) : 0,
                RestockDate = tracked is { Backorder: true } && line.Quantity > tracked.Available ? tracked.RestockDate : null,
            });
        }

        var subtotal = lines.Aggregate(Money.Zero(currency), (sum, l) => sum + l.LineTotal);
        var discount = Money.Zero(currency);
        if (cart.CouponCode is { } code)
        {
            var evaluation = await coupons.EvaluateAsync(code, subtotal, cart.CustomerId, cancellationToken);
            if (evaluation.IsValid)
            {
                discount = evaluation.Discount;
            }
            else
            {
                cart.CouponCode = null;
                messages.Add(new CartMessage("coupon-removed", null, localizer["{0} It was removed from your cart.", evaluation.Error ?? ""]));
            }
        }

        return new CartView(cart.Id, cart.CustomerId, cart.Touchpoint, currency, lines, subtotal, discount, subtotal - discount, cart.CouponCode, messages);
    }
}
