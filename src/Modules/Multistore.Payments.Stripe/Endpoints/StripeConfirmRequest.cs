namespace Multistore.Payments.Stripe.Endpoints;

/// <summary>The body of confirm and refresh: the intent's client secret, and for confirm the payment method (pm_...).</summary>
public sealed record StripeConfirmRequest(string? ClientSecret, string? PaymentMethod, string? ReturnUrl);
