using System.Text.Json;
using System.Text.Json.Serialization;

namespace Multistore.Commerce;

/// <summary>
/// Writes <see cref="Money"/> as <c>{ "amount": 796.90, "currency": "EUR" }</c> with at least the currency's minor
/// digits and no trailing zeros beyond them, whatever scale the amount came with: SQLite hands back 796.9 and a
/// PostgreSQL numeric column 796.90 or 796.9000 for the same price, and clients must see one JSON. Precision is never
/// dropped (a unit price of 0.1234 stays 0.1234). Reads either property casing.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Money is an object: { \"amount\": 12.50, \"currency\": \"EUR\" }.");
        }

        decimal? amount = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, nameof(Money.Amount), StringComparison.OrdinalIgnoreCase))
            {
                amount = reader.GetDecimal();
            }
            else if (string.Equals(name, nameof(Money.Currency), StringComparison.OrdinalIgnoreCase))
            {
                currency = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return new Money(amount ?? 0m, currency ?? "");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Name(nameof(Money.Amount), options), WithMinorDigits(value.Amount, value.Currency));
        writer.WriteString(Name(nameof(Money.Currency), options), value.Currency);
        writer.WriteEndObject();
    }

    /// <summary>The same value with trailing zeros removed, then padded to the currency's minor digits (796.9 → 796.90, 5.000 → 5.00).</summary>
    public static decimal WithMinorDigits(decimal amount, string? currency)
    {
        var minor = Commerce.Currency.MinorUnits(currency ?? "");
        var trimmed = amount / 1.0000000000000000000000000000m;
        return trimmed + new decimal(0, 0, 0, false, (byte)minor);
    }

    private static string Name(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
}
