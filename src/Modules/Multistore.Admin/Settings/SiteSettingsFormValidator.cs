using System.Text.Json;
using Multistore.Admin.Routing;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Admin.Settings;

/// <summary>Checks the Site form with the same rules a recipe's settings step uses, and names the form's fields.</summary>
public static class SiteSettingsFormValidator
{
    public const int MaxSiteNameLength = 100;

    public static (JsonElement Values, FormErrors Errors) Validate(SiteSettingsForm form, IServiceProvider services)
    {
        var errors = new FormErrors();
        var siteName = form.SiteName?.Trim() ?? "";
        if (siteName.Length == 0)
        {
            errors.Add(nameof(SiteSettingsForm.SiteName), "Enter the store's name.");
        }
        else if (siteName.Length > MaxSiteNameLength)
        {
            errors.Add(nameof(SiteSettingsForm.SiteName), "The name can be at most 100 characters.");
        }

        Require(errors, form.DefaultCulture, nameof(SiteSettingsForm.DefaultCulture), "Enter the default culture, e.g. sv-SE.");
        Require(errors, form.Currency, nameof(SiteSettingsForm.Currency), "Enter an ISO 4217 currency code, e.g. SEK.");
        Require(errors, form.TimeZone, nameof(SiteSettingsForm.TimeZone), "Enter a time zone, e.g. Europe/Stockholm.");

        var values = JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            [nameof(SiteSettings.SiteName)] = siteName,
            [nameof(SiteSettings.DefaultCulture)] = form.DefaultCulture?.Trim() ?? "",
            [nameof(SiteSettings.SupportedCultures)] = form.SupportedCultureList,
            [nameof(SiteSettings.Currency)] = form.Currency?.Trim().ToUpperInvariant() ?? "",
            [nameof(SiteSettings.TimeZone)] = form.TimeZone?.Trim() ?? "",
        });

        if (errors.IsValid)
        {
            var context = new RecipeStepContext("admin", -1, values, services);
            SiteSettingsValidation.Validate(values, context);
            foreach (var error in context.Errors)
            {
                errors.Add(FieldOf(error.Field), error.Message);
            }
        }

        return (values, errors);
    }

    private static void Require(FormErrors errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
    }

    /// <summary>"Site.SupportedCultures[2]" names the form field "SupportedCultures".</summary>
    private static string FieldOf(string recipeField)
    {
        var name = recipeField.StartsWith(SiteSettings.GroupName + ".", StringComparison.Ordinal) ? recipeField[(SiteSettings.GroupName.Length + 1)..] : recipeField;
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? name : name[..bracket];
    }
}
