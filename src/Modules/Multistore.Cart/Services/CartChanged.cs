using Multistore.Commerce;

namespace Multistore.Cart.Services;

/// <summary>
/// A cart was changed (lines, quantities, coupon, merge at sign-in) on <see cref="Touchpoint"/>; published after the
/// change is saved, so the customer's other touchpoints can show it.
/// </summary>
public sealed record CartChanged(Guid CartId, string? CustomerId, string Touchpoint, int ItemCount, Money Total);
