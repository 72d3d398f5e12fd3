namespace Multistore.Payments.Stripe.Domain;

/// <summary>What became of a webhook delivery; each refusal says what is wrong, so whoever set up the endpoint can fix it.</summary>
internal enum StripeWebhookOutcome
{
    Handled,
    Duplicate,
    MissingSignature,
    MalformedSignature,
    BadSignature,
    TimestampOutsideTolerance,
    NotConfigured,
}
