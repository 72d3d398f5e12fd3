using System.Text.Json;
using Multistore.Payments.Settings;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Payments.Recipes;

/// <summary><c>"cashOnDelivery": { "fee": 2.5, "maxAmount": 500 }</c></summary>
public sealed class CashOnDeliveryRecipeSection(ISiteSettingsStore store) : IPaymentRecipeSection
{
    public string Name => "cashOnDelivery";

    public void Validate(RecipeStepContext context, JsonElement section, string path)
    {
        if (context.ReadDecimal(section, "fee", path: path) is < 0)
        {
            context.AddError($"{path}.fee", "must not be negative.");
        }

        if (context.ReadDecimal(section, "maxAmount", path: path) is <= 0)
        {
            context.AddError($"{path}.maxAmount", "must be more than zero.");
        }
    }

    public Task ExecuteAsync(RecipeStepContext context, JsonElement section, CancellationToken cancellationToken)
    {
        var settings = new CashOnDeliverySettings
        {
            Fee = context.ReadDecimal(section, "fee") ?? 0m,
            MaxAmount = context.ReadDecimal(section, "maxAmount"),
        };
        return store.SaveAsync(CashOnDeliverySettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
    }
}
