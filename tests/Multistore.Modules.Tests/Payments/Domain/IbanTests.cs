using Multistore.Payments.Domain;

namespace Multistore.Modules.Tests.Payments.Domain;

public sealed class IbanTests
{
    [Theory]
    [InlineData("DE89370400440532013000")]
    [InlineData("de89 3704 0044 0532 0130 00")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("SE4550000000058398257466")]
    public void AValidIbanPassesHoweverItIsTyped(string iban) => Assert.True(Iban.IsValid(iban));

    [Theory]
    [InlineData("DE89370400440532013001")]
    [InlineData("DE00 1234")]
    [InlineData("8989370400440532013000")]
    [InlineData("DE89-3704-0044-0532-0130-00")]
    public void ATypoOrAMalformedIbanIsCaught(string iban) => Assert.False(Iban.IsValid(iban));

    [Fact]
    public void NormalizingDropsSpacesAndUpperCases() => Assert.Equal("GB82WEST12345698765432", Iban.Normalize("gb82 west 1234 5698 7654 32"));
}
