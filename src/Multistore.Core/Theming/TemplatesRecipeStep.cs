using System.Text.Json;
using Multistore.Recipes;

namespace Multistore.Theming;

/// <summary>
/// <c>{ "name": "templates", "overrides": { "product": "&lt;h1&gt;{{ product.name }}&lt;/h1&gt;..." } }</c>: the store's own
/// versions of theme templates (<see cref="TenantTemplateOverrides"/>), template name → Liquid source. Every template is
/// parsed before anything is written, so one that does not parse refuses the recipe naming the template, line and column.
/// </summary>
internal sealed class TemplatesRecipeStep(TenantTemplateOverrides overrides) : IRecipeStep
{
    public const string StepName = "templates";

    public string Name => StepName;

    public void Validate(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty("overrides", out var templates) || templates.ValueKind != JsonValueKind.Object)
        {
            context.AddError("overrides", "is required: an object of template name to Liquid source.");
            return;
        }

        foreach (var template in templates.EnumerateObject())
        {
            if (template.Value.ValueKind != JsonValueKind.String)
            {
                context.AddError($"overrides.{template.Name}", "must be the template's Liquid source as a string.");
                continue;
            }

            try
            {
                overrides.Parse(template.Name, template.Value.GetString()!);
            }
            catch (LiquidSyntaxException exception)
            {
                context.AddError($"overrides.{template.Name}", exception.Message);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var template in context.Step.GetProperty("overrides").EnumerateObject())
        {
            await overrides.SaveAsync(template.Name, template.Value.GetString()!, cancellationToken);
        }
    }
}
