using System.Text.Json;
using Multistore.Commerce;

namespace Multistore.Modules.Tests.Commerce;

public sealed class MoneyJsonConverterTests
{
    [Theory]
    [InlineData("796.9", "EUR", "796.90")]
    [InlineData("796.90", "EUR", "796.90")]
    [InlineData("796.9000", "EUR", "796.90")]
    [InlineData("5", "SEK", "5.00")]
    [InlineData("0", "USD", "0.00")]
    [InlineData("0.1234", "EUR", "0.1234")]
    [InlineData("1000.0", "JPY", "1000")]
    [InlineData("1.5", "KWD", "1.500")]
    [InlineData("-12.5", "USD", "-12.50")]
    public void WritesTheCurrencysMinorDigitsWhateverTheScaleTheAmountCameWith(string amount, string currency, string expected)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);

        var json = JsonSerializer.Serialize(money, JsonSerializerOptions.Web);

        Assert.Equal($$"""{"amount":{{expected}},"currency":"{{currency}}"}""", json);
    }

    [Fact]
    public void KeepsTheNamingPolicyAndReadsEitherCasingBack()
    {
        var money = new Money(19.9m, "EUR");

        var pascal = JsonSerializer.Serialize(money);
        var back = JsonSerializer.Deserialize<Money>(pascal);
        var camel = JsonSerializer.Deserialize<Money?>("""{"amount":19.90,"currency":"EUR","extra":[1]}""", JsonSerializerOptions.Web);

        Assert.Equal("""{"Amount":19.90,"Currency":"EUR"}""", pascal);
        Assert.Equal(money, back);
        Assert.Equal(money, camel);
        Assert.Null(JsonSerializer.Deserialize<Money?>("null"));
    }

    [Fact]
    public void RejectsMoneyThatIsNotAnObject() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>("19.90"));
}
