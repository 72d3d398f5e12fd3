using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Multistore.Commerce;

namespace Multistore.Theming;

/// <summary>Money in a template: prints formatted in the request culture; <c>.amount</c> and <c>.currency</c> stay readable.</summary>
internal sealed class MoneyValue(Money money) : ObjectValueBase(money)
{
    public Money Money { get; } = money;

    public override decimal ToNumberValue() => Money.Amount;

    public override string ToStringValue() => Currency.Format(Money.Amount, Money.Currency, CultureInfo.CurrentCulture);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(encoder.Encode(Currency.Format(Money.Amount, Money.Currency, cultureInfo)));
        return ValueTask.CompletedTask;
    }
}
