using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Cart.Domain;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Settings;

namespace Multistore.Cart.Services;

internal sealed class CartService(CartDbContext db, CartPricing pricing, IOptions<SiteSettings> site, IEventPublisher events) : ICartService
{
    public const int MaxQuantity = 999;

    public async Task<CartView> CreateAsync(string? customerId, string touchpoint, CancellationToken cancellationToken)
    {
        var cart = customerId is null ? null : await OpenCartOfAsync(customerId, cancellationToken);
        if (cart is null)
        {
            cart = new Domain.Cart { CustomerId = customerId, Currency = site.Value.Currency };
            db.Carts.Add(cart);
        }

        return await SaveAsync(cart, touchpoint, cancellationToken);
    }

    public async Task<CartView?> GetAsync(Guid cartId, CancellationToken cancellationToken) =>
        await LoadAsync(cartId, cancellationToken) is { } cart ? await SaveAsync(cart, null, cancellationToken) : null;

    public async Task<CartView?> GetForCustomerAsync(string customerId, CancellationToken cancellationToken) =>
        await OpenCartOfAsync(customerId, cancellationToken) is { } cart ? await SaveAsync(cart, null, cancellationToken) : null;

    public Task<CartView?> AddLineAsync(Guid cartId, string sku, int quantity, string touchpoint, CancellationToken cancellationToken) =>
        ChangeAsync(cartId, touchpoint, async cart =>
        {
            CheckQuantity(quantity, allowZero: false);
            var line = cart.Lines.FirstOrDefault(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase));
            if (line is null)
            {
                var price = await pricing.PriceNewLineAsync(sku, cancellationToken);
                line = new CartLine { CartId = cart.Id, Sku = price.Sku, UnitPrice = price.Price.Amount };
                cart.Lines.Add(line);
            }

            line.Quantity = Math.Min(MaxQuantity, line.Quantity + quantity);
        }, cancellationToken);

    public Task<CartView?> UpdateLineAsync(Guid cartId, string sku, int quantity, string touchpoint, CancellationToken cancellationToken) =>
        ChangeAsync(cartId, touchpoint, cart =>
        {
            CheckQuantity(quantity, allowZero: true);
            var line = cart.Lines.FirstOrDefault(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase))
                ?? throw new CartValidationException("sku", $"'{sku}' is not in the cart.");
            if (quantity == 0)
            {
                cart.Lines.Remove(line);
            }
            else
            {
                line.Quantity = quantity;
            }

            return Task.CompletedTask;
        }, cancellationToken);

    public Task<CartView?> RemoveLineAsync(Guid cartId, string sku, string touchpoint, CancellationToken cancellationToken) =>
        ChangeAsync(cartId, touchpoint, cart =>
        {
            cart.Lines.RemoveAll(l => string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase));
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<CartView?> ApplyCouponAsync(Guid cartId, string code, string touchpoint, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new CartValidationException("couponCode", "Enter a coupon code.");
        }

        if (code.Trim().Length > FieldLimits.Code)
        {
            throw new CartValidationException("couponCode", FieldLimits.TooLong("couponCode", FieldLimits.Code));
        }

        var cart = await LoadAsync(cartId, cancellationToken);
        if (cart is null)
        {
            return null;
        }

        cart.CouponCode = code.Trim().ToUpperInvariant();
        var view = await pricing.PriceAsync(cart, cancellationToken);
        if (view.CouponCode is null)
        {
            throw new CartValidationException("couponCode", view.Messages.Last(m => m.Code == "coupon-removed").Text.Replace(" It was removed from your cart.", "", StringComparison.Ordinal));
        }

        return await SaveAsync(cart, touchpoint, cancellationToken);
    }

    public Task<CartView?> RemoveCouponAsync(Guid cartId, string touchpoint, CancellationToken cancellationToken) =>
        ChangeAsync(cartId, touchpoint, cart =>
        {
            cart.CouponCode = null;
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<CartView?> MergeGuestCartAsync(Guid guestCartId, string customerId, string touchpoint, CancellationToken cancellationToken)
    {
        var guest = await LoadAsync(guestCartId, cancellationToken);
        var own = await OpenCartOfAsync(customerId, cancellationToken);
        if (guest is null || guest.CustomerId is not null)
        {
            return own is null ? null : await SaveAsync(own, touchpoint, cancellationToken);
        }

        if (own is null)
        {
            guest.CustomerId = customerId;
            return await SaveAsync(guest, touchpoint, cancellationToken);
        }

        foreach (var line in guest.Lines)
        {
            var existing = own.Lines.FirstOrDefault(l => string.Equals(l.Sku, line.Sku, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                own.Lines.Add(new CartLine { CartId = own.Id, Sku = line.Sku, Quantity = line.Quantity, UnitPrice = line.UnitPrice, AddedUtc = line.AddedUtc });
            }
            else
            {
                existing.Quantity = Math.Min(MaxQuantity, existing.Quantity + line.Quantity);
            }
        }

        own.CouponCode ??= guest.CouponCode;
        db.Carts.Remove(guest);
        return await SaveAsync(own, touchpoint, cancellationToken);
    }

    public async Task MarkCheckedOutAsync(Guid cartId, CancellationToken cancellationToken) =>
        await db.Carts.Where(c => c.Id == cartId).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsCheckedOut, true).SetProperty(c => c.UpdatedUtc, DateTime.UtcNow), cancellationToken);

    private async Task<CartView?> ChangeAsync(Guid cartId, string touchpoint, Func<Domain.Cart, Task> change, CancellationToken cancellationToken)
    {
        var cart = await LoadAsync(cartId, cancellationToken);
        if (cart is null)
        {
            return null;
        }

        await change(cart);
        return await SaveAsync(cart, touchpoint, cancellationToken);
    }

    private async Task<CartView> SaveAsync(Domain.Cart cart, string? touchpoint, CancellationToken cancellationToken)
    {
        var view = await pricing.PriceAsync(cart, cancellationToken);
        if (touchpoint is not null)
        {
            cart.Touchpoint = touchpoint;
            cart.Culture = CultureInfo.CurrentCulture.Name;
            cart.UpdatedUtc = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (touchpoint is not null)
        {
            await events.PublishAsync(new CartChanged(cart.Id, cart.CustomerId, cart.Touchpoint, view.ItemCount, view.Total), cancellationToken);
        }

        return view with { Touchpoint = cart.Touchpoint };
    }

    private Task<Domain.Cart?> LoadAsync(Guid cartId, CancellationToken cancellationToken) =>
        db.Carts.Include(c => c.Lines).SingleOrDefaultAsync(c => c.Id == cartId && !c.IsCheckedOut, cancellationToken);

    private Task<Domain.Cart?> OpenCartOfAsync(string customerId, CancellationToken cancellationToken) =>
        db.Carts.Include(c => c.Lines).Where(c => c.CustomerId == customerId && !c.IsCheckedOut)
            .OrderByDescending(c => c.UpdatedUtc).FirstOrDefaultAsync(cancellationToken);

    private static void CheckQuantity(int quantity, bool allowZero)
    {
        if (quantity < (allowZero ? 0 : 1) || quantity > MaxQuantity)
        {
            throw new CartValidationException("quantity", $"Quantity must be between {(allowZero ? 0 : 1)} and {MaxQuantity}.");
        }
    }
}
