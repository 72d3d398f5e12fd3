using Multistore.Localization;
using Xunit;

namespace Multistore.Core.Tests.Localization;

public sealed class PluralRuleTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(99, 4)]
    [InlineData(100, 5)]
    [InlineData(103, 3)]
    public void PicksArabicFormsFromTheSixFormRule(long n, int form)
    {
        var rule = PluralRule.Parse("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);");

        Assert.Equal(form, rule.IndexFor(n));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(5, 2)]
    [InlineData(21, 0)]
    [InlineData(22, 1)]
    [InlineData(111, 2)]
    public void PicksRussianFormsWithNestedConditions(long n, int form)
    {
        var rule = PluralRule.Parse("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");

        Assert.Equal(form, rule.IndexFor(n));
    }

    [Fact]
    public void ClampsAnIndexOutsideTheDeclaredForms()
    {
        var rule = PluralRule.Parse("nplurals=2; plural=n;");

        Assert.Equal(1, rule.IndexFor(7));
    }

    [Fact]
    public void RejectsAMalformedExpressionNamingThePosition()
    {
        var error = Assert.Throws<FormatException>(() => PluralRule.Parse("nplurals=2; plural=(n != );"));

        Assert.Contains("position", error.Message, StringComparison.Ordinal);
    }
}
