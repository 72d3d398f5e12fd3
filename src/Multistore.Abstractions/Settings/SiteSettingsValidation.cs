using System.Globalization;
using System.Text.Json;
using Multistore.Commerce;
using Multistore.Localization;
using Multistore.Recipes;

namespace Multistore.Settings;

/// <summary>Checks the values of the Site group: cultures that exist, an ISO 4217 currency, a known time zone.</summary>
public static class SiteSettingsValidation
{
    public static void Validate(JsonElement site, RecipeStepContext context)
    {
        var prefix = SiteSettings.GroupName;
        if (context.ReadString(site, nameof(SiteSettings.DefaultCulture), path: prefix) is { } culture && CheckCulture(culture) is { } cultureError)
        {
            context.AddError($"{prefix}.{nameof(SiteSettings.DefaultCulture)}", cultureError);
        }

        foreach (var (index, item) in context.ReadArray(site, nameof(SiteSettings.SupportedCultures), path: prefix))
        {
            if (item.ValueKind != JsonValueKind.String || CheckCulture(item.GetString()!) is not null)
            {
                context.AddError($"{prefix}.{nameof(SiteSettings.SupportedCultures)}[{index}]", $"'{item}' is not a known culture.");
            }
        }

        if (context.ReadString(site, nameof(SiteSettings.Currency), path: prefix) is { } currency && CheckCurrency(currency) is { } currencyError)
        {
            context.AddError($"{prefix}.{nameof(SiteSettings.Currency)}", currencyError);
        }

        if (context.ReadString(site, nameof(SiteSettings.TimeZone), path: prefix) is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            context.AddError($"{prefix}.{nameof(SiteSettings.TimeZone)}", $"'{zone}' is not a known time zone.");
        }
    }

    public static string? CheckCulture(string name) => CultureNames.Check(name);

    public static string? CheckCurrency(string code) => Currency.Check(code);
}
