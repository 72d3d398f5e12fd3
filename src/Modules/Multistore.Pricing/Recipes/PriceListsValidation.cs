using System.Globalization;
using System.Text.Json;
using Multistore.Commerce;
using Multistore.Pricing.Domain;
using Multistore.Recipes;

namespace Multistore.Pricing.Recipes;

/// <summary>Checks a <c>pricelists</c> step field by field before anything is written.</summary>
internal static class PriceListsValidation
{
    public static void Validate(RecipeStepContext context)
    {
        var defaults = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, list) in context.ReadArray(context.Step, "lists", required: true))
        {
            var path = $"lists[{index}]";
            context.ReadString(list, "name", required: true, path: path);
            var currency = context.ReadString(list, "currency", required: true, path: path);
            if (currency is not null && Currency.Check(currency) is { } error)
            {
                context.AddError($"{path}.currency", error);
            }

            if (currency is not null && list.TryGetProperty("default", out var isDefault) && isDefault.ValueKind == JsonValueKind.True && !defaults.Add(currency))
            {
                context.AddError($"{path}.default", $"Another list is already the default for {currency}; a currency has one default list.");
            }

            foreach (var (priceIndex, price) in context.ReadArray(list, "prices", path: path))
            {
                var at = $"{path}.prices[{priceIndex}]";
                context.ReadString(price, "sku", required: true, path: at);
                if (context.ReadDecimal(price, "amount", required: true, path: at) is < 0)
                {
                    context.AddError($"{at}.amount", "must not be negative.");
                }

                if (context.ReadDecimal(price, "compareAt", path: at) is < 0)
                {
                    context.AddError($"{at}.compareAt", "must not be negative.");
                }
            }

            foreach (var (saleIndex, sale) in context.ReadArray(list, "scheduled", path: path))
            {
                ValidateScheduled(context, sale, $"{path}.scheduled[{saleIndex}]");
            }
        }
    }

    /// <summary>A scheduled price, its amounts rounded (or converted) by <paramref name="amount"/>.</summary>
    public static ScheduledPrice ReadScheduled(RecipeStepContext context, JsonElement sale, Func<decimal, decimal> amount) => new()
    {
        Sku = context.ReadString(sale, "sku")!,
        Amount = amount(context.ReadDecimal(sale, "amount")!.Value),
        CompareAtAmount = context.ReadDecimal(sale, "compareAt") is { } was ? amount(was) : null,
        StartsUtc = ParseUtc(context.ReadString(sale, "from"))!.Value,
        EndsUtc = ParseUtc(context.ReadString(sale, "to")),
    };

    private static void ValidateScheduled(RecipeStepContext context, JsonElement sale, string at)
    {
        context.ReadString(sale, "sku", required: true, path: at);
        if (context.ReadDecimal(sale, "amount", required: true, path: at) is < 0)
        {
            context.AddError($"{at}.amount", "must not be negative.");
        }

        var from = context.ReadString(sale, "from", required: true, path: at);
        var to = context.ReadString(sale, "to", path: at);
        var starts = ParseUtc(from);
        var ends = ParseUtc(to);
        if (from is not null && starts is null)
        {
            context.AddError($"{at}.from", $"'{from}' is not a date and time (ISO 8601, e.g. 2026-12-01T00:00:00Z).");
        }

        if (to is not null && ends is null)
        {
            context.AddError($"{at}.to", $"'{to}' is not a date and time (ISO 8601, e.g. 2026-12-27T00:00:00Z).");
        }
        else if (starts is not null && ends <= starts)
        {
            context.AddError($"{at}.to", "must be after 'from'.");
        }
    }

    private static DateTime? ParseUtc(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value.UtcDateTime : null;
}
