namespace Multistore.Payments.Stripe.Admin;

/// <summary>The Stripe settings form. The secret fields are write-only: empty keeps what is stored.</summary>
public sealed class StripeSettingsForm
{
    public string? PublishableKey { get; set; }
    public string? SecretKey { get; set; }
    public string? WebhookSecret { get; set; }
}
