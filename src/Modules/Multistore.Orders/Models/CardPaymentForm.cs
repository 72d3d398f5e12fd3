namespace Multistore.Orders.Models;

/// <summary>
/// What Stripe's Payment Element on the order page needs: the store's publishable key and the intent's client secret
/// (the proof the browser is the shopper's), where Stripe sends the shopper back after 3-D Secure (this page,
/// absolute, as Stripe requires) and where the page asks how the payment stands.
/// </summary>
public sealed record CardPaymentForm(string PublishableKey, string ClientSecret, string IntentId, string ReturnUrl, string RefreshUrl);
