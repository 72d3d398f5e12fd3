namespace Multistore.Inventory.Domain;

internal enum ReservationState
{
    /// <summary>Held for a checkout in progress; expires at <c>ExpiresUtc</c>.</summary>
    Active,

    /// <summary>Turned into a sale: on-hand stock went down.</summary>
    Committed,

    /// <summary>Given back by the checkout (payment failed, shopper left).</summary>
    Released,

    /// <summary>Given back by the sweeper because the checkout never finished.</summary>
    Expired,

    /// <summary>A committed sale that came back (order cancelled or refunded): on-hand stock went up again.</summary>
    Returned,
}
