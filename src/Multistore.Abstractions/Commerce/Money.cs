using System.Text.Json.Serialization;

namespace Multistore.Commerce;

/// <summary>An amount in an ISO 4217 currency. Never a double. JSON carries the currency's minor digits (<see cref="MoneyJsonConverter"/>).</summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money(decimal Amount, string Currency)
{
    public Money Rounded() => this with { Amount = Commerce.Currency.Round(Amount, Currency) };

    public static Money operator +(Money left, Money right) => Same(left, right) with { Amount = left.Amount + right.Amount };

    public static Money operator -(Money left, Money right) => Same(left, right) with { Amount = left.Amount - right.Amount };

    public static Money operator *(Money money, decimal factor) => money with { Amount = money.Amount * factor };

    public static Money Zero(string currency) => new(0m, currency);

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(decimal factor) => this * factor;

    private static Money Same(Money left, Money right) =>
        string.Equals(left.Currency, right.Currency, StringComparison.Ordinal)
            ? left
            : throw new InvalidOperationException($"Cannot add {right.Currency} to {left.Currency}.");
}
