using Multistore.Payments.Stripe.Domain;

namespace Multistore.Payments.Stripe.Settings;

/// <summary>
/// The public part of the tenant's Stripe setup (settings group <see cref="GroupName"/>). The secret key and
/// webhook secret are not here: see <c>StripeSecrets</c>.
/// </summary>
internal sealed class StripeSettings
{
    public const string GroupName = "Payments.Stripe";

    /// <summary>The key Stripe.js uses in the shopper's browser or app; public by design.</summary>
    public string PublishableKey { get; set; } = "";

    /// <summary>True once a secret key is stored, so the method is offered only when it can work.</summary>
    public bool HasSecretKey { get; set; }

    /// <summary>
    /// Set when Stripe refused the store's setup: cards are not offered until the settings are saved again (which
    /// writes the group without it). Kept in settings, so every node and a restarted one agree.
    /// </summary>
    public StripePause? Paused { get; set; }

    public bool CanOffer => HasSecretKey && !string.IsNullOrEmpty(PublishableKey) && Paused is null;
}
