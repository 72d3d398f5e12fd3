using System.Text.Json;
using Multistore.Payments.Domain;
using Multistore.Payments.Settings;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Payments.Recipes;

/// <summary><c>"bankTransfer": { "accountHolder": "...", "bankName": "...", "iban": "...", "bic": "...", "instructions": "..." }</c></summary>
public sealed class BankTransferRecipeSection(ISiteSettingsStore store) : IPaymentRecipeSection
{
    public string Name => "bankTransfer";

    public void Validate(RecipeStepContext context, JsonElement section, string path)
    {
        context.ReadString(section, "accountHolder", required: true, path: path);
        if (context.ReadString(section, "iban", required: true, path: path) is { Length: > 0 } iban && !Iban.IsValid(iban))
        {
            context.AddError($"{path}.iban", $"'{iban}' is not a valid IBAN (country code, check digits and account, mod-97 checked).");
        }

        context.ReadString(section, "bankName", path: path);
        context.ReadString(section, "bic", path: path);
        context.ReadString(section, "instructions", path: path);
    }

    public Task ExecuteAsync(RecipeStepContext context, JsonElement section, CancellationToken cancellationToken)
    {
        var settings = new BankTransferSettings
        {
            AccountHolder = context.ReadString(section, "accountHolder")!,
            BankName = context.ReadString(section, "bankName") ?? "",
            Iban = Iban.Normalize(context.ReadString(section, "iban")!),
            Bic = context.ReadString(section, "bic") ?? "",
            Instructions = context.ReadString(section, "instructions") ?? "",
        };
        return store.SaveAsync(BankTransferSettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
    }
}
