namespace Multistore.Cart.Services;

/// <summary>
/// Carts for every touchpoint (the storefront pages and the Storefront API call this, nothing else). Every change
/// re-checks prices and stock and returns the cart with messages about what changed; null means no such cart.
/// Bad input throws <see cref="CartValidationException"/> naming the field.
/// </summary>
public interface ICartService
{
    /// <summary>A new guest cart, or the customer's open cart when <paramref name="customerId"/> has one.</summary>
    Task<CartView> CreateAsync(string? customerId, string touchpoint, CancellationToken cancellationToken);

    Task<CartView?> GetAsync(Guid cartId, CancellationToken cancellationToken);

    Task<CartView?> GetForCustomerAsync(string customerId, CancellationToken cancellationToken);

    Task<CartView?> AddLineAsync(Guid cartId, string sku, int quantity, string touchpoint, CancellationToken cancellationToken);

    /// <summary>Sets a line's quantity; 0 removes it.</summary>
    Task<CartView?> UpdateLineAsync(Guid cartId, string sku, int quantity, string touchpoint, CancellationToken cancellationToken);

    Task<CartView?> RemoveLineAsync(Guid cartId, string sku, string touchpoint, CancellationToken cancellationToken);

    Task<CartView?> ApplyCouponAsync(Guid cartId, string code, string touchpoint, CancellationToken cancellationToken);

    Task<CartView?> RemoveCouponAsync(Guid cartId, string touchpoint, CancellationToken cancellationToken);

    /// <summary>
    /// Called by sign-in: moves the guest cart's lines into the customer's open cart (quantities added), or makes
    /// the guest cart the customer's when they have none. Returns the customer's cart.
    /// </summary>
    Task<CartView?> MergeGuestCartAsync(Guid guestCartId, string customerId, string touchpoint, CancellationToken cancellationToken);

    /// <summary>Closes the cart once its order is placed, so the next visit starts a new one.</summary>
    Task MarkCheckedOutAsync(Guid cartId, CancellationToken cancellationToken);
}
