using System.Text.Json;
using Multistore.Recipes;
using Multistore.Tax.Domain;

namespace Multistore.Tax.Recipes;

/// <summary>Reads one rule of the <c>tax</c> step: checks it (naming the field) or turns it into rate rows.</summary>
internal static class TaxRuleValidation
{
    public static void Validate(RecipeStepContext context, JsonElement rule, string path, HashSet<string> seen)
    {
        var country = context.ReadString(rule, "country", required: true, path: path);
        if (country is { Length: > 0 } && !CountryCode.IsValid(country))
        {
            context.AddError($"{path}.country", $"'{country}' is not an ISO 3166-1 alpha-2 country code (SE, DE, US).");
        }

        var region = context.ReadString(rule, "region", path: path);
        if (region is { Length: > 10 })
        {
            context.AddError($"{path}.region", "must be a region code of at most 10 characters (NY, CA).");
        }

        if (!seen.Add($"{country}/{region}"))
        {
            context.AddError(path, $"{country}{(string.IsNullOrEmpty(region) ? "" : "-" + region)} has rules twice in this step.");
        }

        context.ReadString(rule, "name", required: true, path: path);
        var classes = ValidateRates(context, rule, path);
        if (context.ReadString(rule, "shipping", path: path) is { } shipping && !classes.Contains(shipping))
        {
            context.AddError($"{path}.shipping", $"'{shipping}' is not one of this rule's rates ({string.Join(", ", classes)}).");
        }
    }

    public static List<TaxRate> Read(RecipeStepContext context, JsonElement rule)
    {
        var country = context.ReadString(rule, "country")!.ToUpperInvariant();
        var region = (context.ReadString(rule, "region") ?? "").ToUpperInvariant();
        var name = context.ReadString(rule, "name")!;
        var shipping = context.ReadString(rule, "shipping");
        return [.. rule.GetProperty("rates").EnumerateObject().Select(rate => new TaxRate
        {
            Country = country,
            Region = region,
            TaxClass = rate.Name,
            Name = name,
            Rate = rate.Value.GetDecimal(),
            AppliesToShipping = rate.Name == shipping,
        })];
    }

    private static HashSet<string> ValidateRates(RecipeStepContext context, JsonElement rule, string path)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        if (!rule.TryGetProperty("rates", out var rates) || rates.ValueKind != JsonValueKind.Object || !rates.EnumerateObject().Any())
        {
            context.AddError($"{path}.rates", "is required: an object of tax class to percentage, e.g. { \"standard\": 25, \"reduced\": 12 }.");
            return classes;
        }

        foreach (var rate in rates.EnumerateObject())
        {
            classes.Add(rate.Name);
            if (rate.Value.ValueKind != JsonValueKind.Number || !rate.Value.TryGetDecimal(out var percent) || percent is < 0 or > 100)
            {
                context.AddError($"{path}.rates.{rate.Name}", $"must be a percentage from 0 to 100, not {rate.Value}.");
            }
        }

        return classes;
    }
}
