using Multistore.Commerce;
using Multistore.Orders.Services;

namespace Multistore.Orders.Models;

/// <summary>
/// The order page: the order; while its card payment awaits the shopper, the card form's inputs and the other methods
/// the order may be paid with (<see cref="PaymentChoices"/>), posted with the order's <see cref="Token"/>. Templates show
/// the order's words and formatted values from <see cref="Confirmation"/>; <see cref="Order"/> is there for its lines and totals.
/// </summary>
public sealed record OrderPage(OrderView Order, OrderConfirmation Confirmation)
{
    public CardPaymentForm? CardPayment { get; init; }

    public IReadOnlyList<PaymentMethod> PaymentChoices { get; init; } = [];

    public string? Token { get; init; }

    /// <summary>Why the last change of method was refused, in the shopper's language.</summary>
    public string? PaymentChoiceError { get; init; }

    /// <summary>The antiforgery field of the payment choice form (set only when the form is shown).</summary>
    public string? AntiforgeryField { get; init; }

    public string? AntiforgeryToken { get; init; }
}
