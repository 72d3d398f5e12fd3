using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Multistore.Payments.Stripe.Domain;

namespace Multistore.Modules.Tests.Payments.Stripe.Domain;

public sealed class StripeSignatureTests
{
    private const string Secret = "whsec_unit";
    private const string Payload = "{\"id\":\"evt_1\",\"object\":\"event\"}";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AcceptsASignatureOfTheStoresSecretWithinTheTolerance() =>
        Assert.Equal(StripeWebhookOutcome.Handled, StripeSignature.Check(Payload, Header(Secret, Now.AddSeconds(-300)), Secret, Now, 300));

    [Fact]
    public void AcceptsAnyOfSeveralSignaturesWhileASecretIsRolled() =>
        Assert.Equal(StripeWebhookOutcome.Handled, StripeSignature.Check(Payload, $"{Header("whsec_old", Now)},v1={Sign(Secret, Now)}", Secret, Now, 300));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void RefusesAMatchingSignatureOutsideTheToleranceEitherWay(int seconds) =>
        Assert.Equal(StripeWebhookOutcome.TimestampOutsideTolerance, StripeSignature.Check(Payload, Header(Secret, Now.AddSeconds(seconds)), Secret, Now, 300));

    [Fact]
    public void RefusesAStaleForgedSignatureAsInvalidNotAsStale() =>
        Assert.Equal(StripeWebhookOutcome.BadSignature, StripeSignature.Check(Payload, Header("whsec_forged", Now.AddHours(-1)), Secret, Now, 300));

    [Fact]
    public void RefusesASignatureOfAnotherPayload() =>
        Assert.Equal(StripeWebhookOutcome.BadSignature, StripeSignature.Check(Payload + " ", Header(Secret, Now), Secret, Now, 300));

    [Theory]
    [InlineData(null, nameof(StripeWebhookOutcome.MissingSignature))]
    [InlineData("  ", nameof(StripeWebhookOutcome.MissingSignature))]
    [InlineData("v1=abcd", nameof(StripeWebhookOutcome.MalformedSignature))]
    [InlineData("t=1765000000", nameof(StripeWebhookOutcome.MalformedSignature))]
    [InlineData("t=-5,v1=abcd", nameof(StripeWebhookOutcome.MalformedSignature))]
    [InlineData("t=1,t=2,v1=abcd", nameof(StripeWebhookOutcome.MalformedSignature))]
    [InlineData("t=1765000000,v1=not-hex", nameof(StripeWebhookOutcome.BadSignature))]
    public void NamesWhatIsWrongWithTheHeader(string? header, string expected) =>
        Assert.Equal(Enum.Parse<StripeWebhookOutcome>(expected), StripeSignature.Check(Payload, header, Secret, Now, 300));

    private static string Header(string secret, DateTimeOffset at) =>
        $"t={at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)},v1={Sign(secret, at)}";

    private static string Sign(string secret, DateTimeOffset at) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}.{Payload}")));
}
