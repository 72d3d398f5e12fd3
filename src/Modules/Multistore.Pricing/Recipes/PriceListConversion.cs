using System.Text.Json;
using Multistore.Recipes;

namespace Multistore.Pricing.Recipes;

/// <summary>
/// The price lists' part of a clone into another currency (<see cref="RecipeCurrencyConversion"/>): every list in
/// <c>from</c> becomes a list in <c>to</c> (each price, compare-at and scheduled price converted), and a list name that
/// contains the old currency code gets the new one. With no rate, and no list of the step already in <c>to</c>, the step
/// is refused naming the lists that need prices, so a store never opens with no price for what it sells.
/// </summary>
internal static class PriceListConversion
{
    public static RecipeCurrencyConversion? Read(RecipeStepContext context) => RecipeCurrencyConversion.Read(context);

    public static void Validate(RecipeStepContext context)
    {
        if (!RecipeCurrencyConversion.Validate(context, what: null))
        {
            return;
        }

        var convert = context.Step.GetProperty(RecipeCurrencyConversion.Field);
        var from = Code(convert, "from");
        var to = Code(convert, "to");
        var lists = context.ReadArray(context.Step, "lists").Select(l => l.Item).ToList();
        if (!lists.Any(l => string.Equals(context.ReadString(l, "currency"), to, StringComparison.OrdinalIgnoreCase)))
        {
            var needing = lists.Where(l => string.Equals(context.ReadString(l, "currency"), from, StringComparison.OrdinalIgnoreCase))
                .Select(l => $"'{context.ReadString(l, "name")}'");
            context.AddError($"{RecipeCurrencyConversion.Field}.rate", $"is not given, so the store would sell in {to} with no prices. Price lists that need {to} prices: {string.Join(", ", needing)}. " +
                $"Give how much 1 {from} is in {to} (an export's parameter {CloneParameters.ExchangeRate}, e.g. --param {CloneParameters.ExchangeRate}=0.65), or add {to} price lists.");
        }
    }

    public static string Rename(this RecipeCurrencyConversion conversion, string name) => name.Replace(conversion.From, conversion.To, StringComparison.OrdinalIgnoreCase);

    private static string? Code(JsonElement convert, string field) =>
        convert.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.ToUpperInvariant() : null;
}
