namespace Multistore.Orders.Services;

/// <summary>
/// Orders whose payment the shopper left unfinished: a card payment declined, or never confirmed, and no other method
/// chosen. They keep their items held for as long as the store holds a checkout's stock (the Checkout module knows
/// that time and asks here); after it they are cancelled, which gives stock and coupon use back. Orders paid by an
/// offline method wait for staff, never for this.
/// </summary>
public interface IAbandonedPayments
{
    /// <summary>Cancels the unpaid card orders whose last change is before <paramref name="cutoffUtc"/>; returns their numbers.</summary>
    Task<IReadOnlyList<string>> CancelUnpaidSinceAsync(DateTime cutoffUtc, CancellationToken cancellationToken);

    /// <summary>The last change of the unpaid card order changed longest ago, or null when no order awaits the shopper's card.</summary>
    Task<DateTime?> OldestUnpaidAsync(CancellationToken cancellationToken);
}
