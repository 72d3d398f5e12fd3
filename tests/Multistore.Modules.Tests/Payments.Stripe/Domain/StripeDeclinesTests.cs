using Multistore.Payments.Stripe.Domain;
using Stripe;

namespace Multistore.Modules.Tests.Payments.Stripe.Domain;

public sealed class StripeDeclinesTests
{
    [Theory]
    [InlineData("card_declined", "insufficient_funds", StripeDeclines.InsufficientFunds)]
    [InlineData("card_declined", "generic_decline", StripeDeclines.Declined)]
    [InlineData("expired_card", null, StripeDeclines.Expired)]
    [InlineData("incorrect_cvc", null, StripeDeclines.IncorrectCvc)]
    [InlineData("card_declined", null, StripeDeclines.Declined)]
    [InlineData(null, null, StripeDeclines.Declined)]
    public void TellsARefusedCardInOurOwnSentenceByTheMostPreciseReason(string? code, string? declineCode, string expected) =>
        Assert.Equal(expected, StripeDeclines.MessageFor(new StripeError { Type = "card_error", Code = code, DeclineCode = declineCode, Message = "Stripe's own text" }));

    [Fact]
    public void OnlyCardErrorsAreTheShoppersCard()
    {
        Assert.True(StripeDeclines.IsCardError(new StripeError { Type = "card_error" }));
        Assert.False(StripeDeclines.IsCardError(new StripeError { Type = "invalid_request_error" }));
        Assert.False(StripeDeclines.IsCardError(null));
    }
}
