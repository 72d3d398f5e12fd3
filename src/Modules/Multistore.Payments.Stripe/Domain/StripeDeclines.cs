using Stripe;

namespace Multistore.Payments.Stripe.Domain;

/// <summary>
/// What a shopper is told about a card Stripe refused: our own sentence per decline reason, never Stripe's text
/// (it can carry request details). The sentences are PO keys, so the storefront shows them in the shopper's language.
/// </summary>
internal static class StripeDeclines
{
    public const string Declined = "Your card was declined.";
    public const string InsufficientFunds = "Your card has insufficient funds.";
    public const string Expired = "Your card has expired.";
    public const string IncorrectCvc = "Your card's security code is incorrect.";
    public const string IncorrectNumber = "Your card number is incorrect.";
    public const string AuthenticationFailed = "We could not authenticate your card. Please try again or use another card.";
    public const string ProcessingError = "An error occurred while processing your card. Please try again.";

    /// <summary>Every sentence a shopper may see, for the PO files and their tests.</summary>
    public static IReadOnlyList<string> All { get; } = [Declined, InsufficientFunds, Expired, IncorrectCvc, IncorrectNumber, AuthenticationFailed, ProcessingError];

    public static bool IsCardError(StripeError? error) => error?.Type == "card_error";

    /// <summary>The sentence for a refused card, by Stripe's decline code first (it is the more precise), then its error code.</summary>
    public static string MessageFor(StripeError? error) => MessageFor(error?.Code, error?.DeclineCode);

    public static string MessageFor(string? code, string? declineCode) => Known(declineCode) ?? Known(code) ?? Declined;

    private static string? Known(string? reason) => reason switch
    {
        "insufficient_funds" => InsufficientFunds,
        "expired_card" => Expired,
        "incorrect_cvc" or "invalid_cvc" => IncorrectCvc,
        "incorrect_number" or "invalid_number" => IncorrectNumber,
        "authentication_required" or "payment_intent_authentication_failure" => AuthenticationFailed,
        "processing_error" => ProcessingError,
        _ => null,
    };
}
