namespace Multistore.Commerce;

/// <summary>
/// What the provider said. <see cref="NextAction"/> is what the touchpoint must do next, as JSON-friendly
/// values: a Stripe client secret, or bank transfer instructions to show and email.
/// </summary>
public sealed record PaymentResult(
    PaymentStatus Status,
    string ProviderReference,
    IReadOnlyDictionary<string, string> NextAction,
    string? Error = null);
