namespace Multistore.Payments.Stripe.Domain;

public enum StripeWebhookOutcome
{
    Handled,
    Duplicate,
    BadSignature,
    NotConfigured,
}
