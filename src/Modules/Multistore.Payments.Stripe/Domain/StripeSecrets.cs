namespace Multistore.Payments.Stripe.Domain;

/// <summary>
/// The tenant's Stripe secret key and webhook signing secret, each encrypted with the tenant's data
/// protection. Kept in a table of their own, outside settings, so no settings export or page can carry them.
/// </summary>
internal sealed class StripeSecrets
{
    public const string SingleId = "default";

    public string Id { get; set; } = SingleId;
    public string SecretKeyProtected { get; set; } = "";
    public string WebhookSecretProtected { get; set; } = "";
    public DateTimeOffset UpdatedUtc { get; set; } = DateTimeOffset.UtcNow;
}
