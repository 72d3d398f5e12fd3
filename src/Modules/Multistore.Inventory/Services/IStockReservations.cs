namespace Multistore.Inventory.Services;

/// <summary>
/// Stock held for a checkout. Every method is safe to call again with the same reference: a retried checkout
/// never holds, sells or gives back stock twice.
/// </summary>
public interface IStockReservations
{
    /// <summary>
    /// Holds all requested quantities or none of them, until <paramref name="expiresUtc"/>. A SKU the store sells on
    /// backorder is held beyond what is on hand (<see cref="BackorderedAsync"/> tells how much); any other SKU that is
    /// short is refused in <see cref="ReservationOutcome.Shortages"/>.
    /// </summary>
    Task<ReservationOutcome> ReserveAsync(string reference, IReadOnlyList<ReservationRequest> lines, DateTime expiresUtc, CancellationToken cancellationToken);

    /// <summary>Turns an active reservation into a sale. False when it expired or was released meanwhile.</summary>
    Task<bool> CommitAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Gives back an active reservation; does nothing to one already committed, released or expired.</summary>
    Task ReleaseAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Puts a committed sale back on hand (order cancelled or refunded).</summary>
    Task ReturnAsync(string reference, CancellationToken cancellationToken);

    /// <summary>How many of each SKU the hold <paramref name="reference"/> took on backorder (SKUs held from stock are absent).</summary>
    Task<IReadOnlyDictionary<string, int>> BackorderedAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Gives back every active reservation that expired before <paramref name="nowUtc"/>; returns their references.</summary>
    Task<IReadOnlyList<string>> ReleaseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>When the earliest active reservation expires, or null when none is active.</summary>
    Task<DateTime?> NextExpiryAsync(CancellationToken cancellationToken);
}
