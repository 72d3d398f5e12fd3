using System.Text.Json;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Localization;

/// <summary>
/// <c>{ "name": "translations", "cultures": { "sv-SE": "msgid \"Add to cart\"\nmsgstr \"Lägg i varukorgen\"\n" } }</c>: the
/// store's own translations (<see cref="TenantTranslationOverrides"/>), PO text per culture. Each text is parsed before
/// anything is written; one that does not parse refuses the recipe naming the culture and line.
/// </summary>
internal sealed class TranslationsRecipeStep(TenantTranslationOverrides overrides) : IRecipeStep
{
    public const string StepName = "translations";

    public string Name => StepName;

    public void Validate(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty("cultures", out var cultures) || cultures.ValueKind != JsonValueKind.Object)
        {
            context.AddError("cultures", "is required: an object of culture name to PO text.");
            return;
        }

        foreach (var culture in cultures.EnumerateObject())
        {
            var field = $"cultures.{culture.Name}";
            if (SiteSettingsValidation.CheckCulture(culture.Name) is { } error)
            {
                context.AddError(field, error);
            }

            if (culture.Value.ValueKind != JsonValueKind.String)
            {
                context.AddError(field, "must be PO text as a string.");
                continue;
            }

            try
            {
                PoParser.Parse(culture.Value.GetString()!, field);
            }
            catch (FormatException exception)
            {
                context.AddError(field, exception.Message);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var culture in context.Step.GetProperty("cultures").EnumerateObject())
        {
            await overrides.SaveAsync(culture.Name, culture.Value.GetString()!, cancellationToken);
        }
    }
}
