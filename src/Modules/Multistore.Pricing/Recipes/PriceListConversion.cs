using System.Globalization;
using System.Text.Json;
using Multistore.Commerce;
using Multistore.Recipes;

namespace Multistore.Pricing.Recipes;

/// <summary>
/// The <c>convert</c> part of a <c>pricelists</c> step, as an export writes it:
/// <c>"convert": { "from": "SEK", "to": "${Currency}", "rate": "${ExchangeRate}" }</c>. When the clone's currency
/// differs from the exported one, every list in <c>from</c> becomes a list in <c>to</c>: each amount (price,
/// compare-at, scheduled price) is multiplied by the rate (how much one <c>from</c> is in <c>to</c>) and rounded half
/// away from zero to <c>to</c>'s minor unit; a list name that contains the old currency code gets the new one. With no
/// rate, and no list of the step already in <c>to</c>, the step is refused naming the lists that need prices, so a
/// store never opens with no price for what it sells.
/// </summary>
internal sealed record PriceListConversion(string From, string To, decimal Rate)
{
    private const string Field = "convert";

    /// <summary>The conversion to apply, or null when the step converts nothing (no <c>convert</c>, same currency, no rate).</summary>
    public static PriceListConversion? Read(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty(Field, out var convert) || convert.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var from = context.ReadString(convert, "from", path: Field)?.ToUpperInvariant();
        var to = context.ReadString(convert, "to", path: Field)?.ToUpperInvariant();
        var rate = ReadRate(convert);
        return from is null || to is null || from == to || rate is not > 0 ? null : new PriceListConversion(from, to, rate.Value);
    }

    public static void Validate(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty(Field, out var convert))
        {
            return;
        }

        if (convert.ValueKind != JsonValueKind.Object)
        {
            context.AddError(Field, "must be an object: { \"from\": \"SEK\", \"to\": \"DKK\", \"rate\": 0.65 }.");
            return;
        }

        var from = CheckCurrency(context, convert, "from");
        var to = CheckCurrency(context, convert, "to");
        if (from is null || to is null || string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var rate = ReadRate(convert);
        if (rate is <= 0 || (rate is null && HasRateText(convert)))
        {
            context.AddError($"{Field}.rate", $"must be a number above zero: how much 1 {from} is in {to} (for example 0.65), not '{convert.GetProperty("rate")}'.");
            return;
        }

        var lists = context.ReadArray(context.Step, "lists").Select(l => l.Item).ToList();
        if (rate is null && !lists.Any(l => string.Equals(context.ReadString(l, "currency"), to, StringComparison.OrdinalIgnoreCase)))
        {
            var needing = lists.Where(l => string.Equals(context.ReadString(l, "currency"), from, StringComparison.OrdinalIgnoreCase))
                .Select(l => $"'{context.ReadString(l, "name")}'");
            context.AddError($"{Field}.rate", $"is not given, so the store would sell in {to} with no prices. Price lists that need {to} prices: {string.Join(", ", needing)}. " +
                $"Give how much 1 {from} is in {to} (an export's parameter {CloneParameters.ExchangeRate}, e.g. --param {CloneParameters.ExchangeRate}=0.65), or add {to} price lists.");
        }
    }

    /// <summary>Whether a list in <paramref name="currency"/> is converted.</summary>
    public bool Applies(string currency) => string.Equals(currency, From, StringComparison.OrdinalIgnoreCase);

    public string Rename(string name) => name.Replace(From, To, StringComparison.OrdinalIgnoreCase);

    public decimal Convert(decimal amount) => Currency.Round(amount * Rate, To);

    private static string? CheckCurrency(RecipeStepContext context, JsonElement convert, string field)
    {
        var code = context.ReadString(convert, field, required: true, path: Field);
        if (code is { Length: > 0 } && Currency.Check(code) is { } error)
        {
            context.AddError($"{Field}.{field}", error);
            return null;
        }

        return code;
    }

    private static bool HasRateText(JsonElement convert) =>
        convert.TryGetProperty("rate", out var rate) && rate.ValueKind != JsonValueKind.Null
        && !(rate.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(rate.GetString()));

    /// <summary>The rate as a number (a parameter fills it in as text); null when empty or not a number.</summary>
    private static decimal? ReadRate(JsonElement convert)
    {
        if (!convert.TryGetProperty("rate", out var rate))
        {
            return null;
        }

        return rate.ValueKind switch
        {
            JsonValueKind.Number when rate.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(rate.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
