namespace Multistore.Orders.Models;

/// <summary>
/// What the shopper reads about an order on its page and in its confirmation e-mail, already translated into the
/// request's (or the order's) culture and formatted: addresses in the country's order with the country's name, amounts
/// and dates as the culture writes them, and what happens next for the order's payment method and delivery. Templates
/// show these instead of the order's raw data (a payment's next action is for apps, never for a shopper's eyes).
/// </summary>
public sealed record OrderConfirmation
{
    /// <summary>"We e-mailed you a confirmation at x@y." (or that one follows once the payment is through).</summary>
    public string EmailNotice { get; init; } = "";

    public IReadOnlyList<string> ShippingAddress { get; init; } = [];

    /// <summary>Empty when the invoice goes to the shipping address.</summary>
    public IReadOnlyList<string> BillingAddress { get; init; } = [];

    /// <summary>
    /// What happens next, in order: how to pay (a transfer's account and reference, the courier's amount and fee, an
    /// invoice's due date) or that the payment went through, then where and when to collect the order or when it
    /// ships. A card payment that awaits the shopper has no payment step: the page's card form is that step.
    /// </summary>
    public IReadOnlyList<OrderNextStep> Steps { get; init; } = [];
}
