using System.Text.Json;
using Multistore.Payments.Settings;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Payments.Recipes;

/// <summary><c>"invoice": { "dueDays": 30, "maxAmount": 10000 }</c></summary>
public sealed class InvoiceRecipeSection(ISiteSettingsStore store) : IPaymentRecipeSection
{
    public string Name => "invoice";

    public void Validate(RecipeStepContext context, JsonElement section, string path)
    {
        if (context.ReadDecimal(section, "dueDays", path: path) is { } days && (days is < 1 or > 365 || days != decimal.Truncate(days)))
        {
            context.AddError($"{path}.dueDays", "must be a whole number of days from 1 to 365.");
        }

        if (context.ReadDecimal(section, "maxAmount", path: path) is <= 0)
        {
            context.AddError($"{path}.maxAmount", "must be more than zero.");
        }
    }

    public Task ExecuteAsync(RecipeStepContext context, JsonElement section, CancellationToken cancellationToken)
    {
        var settings = new InvoiceSettings
        {
            DueDays = (int)(context.ReadDecimal(section, "dueDays") ?? 30m),
            MaxAmount = context.ReadDecimal(section, "maxAmount"),
        };
        return store.SaveAsync(InvoiceSettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
    }
}
