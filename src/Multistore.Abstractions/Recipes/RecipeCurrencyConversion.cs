using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Multistore.Commerce;

namespace Multistore.Recipes;

/// <summary>
/// The <c>convert</c> part of a step that carries amounts (price lists, shipping rates, coupons), as an export writes it:
/// <c>"convert": { "from": "SEK", "to": "${Currency}", "rate": "${ExchangeRate}" }</c>. When the clone's currency differs
/// from the exported one, each amount is multiplied by the rate (how much one <c>from</c> is in <c>to</c>) and rounded
/// half away from zero to <c>to</c>'s minor unit. Every step of an export shares the two parameters, so a clone gives the
/// rate once and all its amounts follow.
/// </summary>
public sealed record RecipeCurrencyConversion(string From, string To, decimal Rate)
{
    public const string Field = "convert";

    /// <summary>The <c>convert</c> object an export writes for amounts in <paramref name="currency"/>; adds the parameters it uses.</summary>
    public static JsonObject Describe(RecipeExportContext context, string currency)
    {
        context.AddParameter("Currency", currency, "Site Currency.");
        context.AddParameter(CloneParameters.ExchangeRate, "",
            $"How much 1 {currency} is in the clone's currency; prices, shipping rates and fixed coupon amounts in {currency} are converted at this rate. Needed when the clone sells in another currency.");
        return new JsonObject { ["from"] = currency, ["to"] = CloneParameters.Placeholder("Currency"), ["rate"] = CloneParameters.Placeholder(CloneParameters.ExchangeRate) };
    }

    /// <summary>The conversion to apply, or null when the step converts nothing (no <c>convert</c>, same currency, no rate).</summary>
    public static RecipeCurrencyConversion? Read(RecipeStepContext context)
    {
        var (from, to, rate) = Parts(context);
        return from is null || to is null || string.Equals(from, to, StringComparison.OrdinalIgnoreCase) || rate is not > 0
            ? null
            : new RecipeCurrencyConversion(from.ToUpperInvariant(), to.ToUpperInvariant(), rate.Value);
    }

    /// <summary>
    /// Checks the <c>convert</c> object; <paramref name="what"/> names the amounts of the step ("shipping rates") in the
    /// refusal when the currencies differ and no rate is given. Returns whether the step needs a rate it was not given
    /// (steps with another way out, such as price lists already in the new currency, refuse for themselves).
    /// </summary>
    public static bool Validate(RecipeStepContext context, string? what)
    {
        if (!context.Step.TryGetProperty(Field, out var convert))
        {
            return false;
        }

        if (convert.ValueKind != JsonValueKind.Object)
        {
            context.AddError(Field, "must be an object: { \"from\": \"SEK\", \"to\": \"DKK\", \"rate\": 0.65 }.");
            return false;
        }

        var from = CheckCurrency(context, convert, "from");
        var to = CheckCurrency(context, convert, "to");
        if (from is null || to is null || string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rate = ReadRate(convert);
        if (rate is <= 0 || (rate is null && HasRateText(convert)))
        {
            context.AddError($"{Field}.rate", $"must be a number above zero: how much 1 {from} is in {to} (for example 0.65), not '{convert.GetProperty("rate")}'.");
            return false;
        }

        if (rate is null && what is not null)
        {
            context.AddError($"{Field}.rate", $"is not given, so the store would charge its {what} in {to} with {from} amounts. " +
                $"Give how much 1 {from} is in {to} (an export's parameter {CloneParameters.ExchangeRate}, e.g. --param {CloneParameters.ExchangeRate}=0.65).");
        }

        return rate is null;
    }

    /// <summary>Whether an amount in <paramref name="currency"/> is converted.</summary>
    public bool Applies(string currency) => string.Equals(currency, From, StringComparison.OrdinalIgnoreCase);

    public decimal Convert(decimal amount) => Currency.Round(amount * Rate, To);

    public decimal? Convert(decimal? amount) => amount is { } value ? Convert(value) : null;

    private static (string? From, string? To, decimal? Rate) Parts(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty(Field, out var convert) || convert.ValueKind != JsonValueKind.Object)
        {
            return (null, null, null);
        }

        return (context.ReadString(convert, "from", path: Field), context.ReadString(convert, "to", path: Field), ReadRate(convert));
    }

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
