using System.Text.Json;
using Multistore.Payments.Recipes;
using Multistore.Payments.Stripe.Services;
using Multistore.Payments.Stripe.Settings;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Payments.Stripe.Recipes;

/// <summary>
/// <c>"stripe": { "publishableKey": "pk_...", "secretKey": "${StripeSecretKey}", "webhookSecret": "${StripeWebhookSecret}" }</c>.
/// Secrets come from recipe parameters and go straight into the encrypted store; they are never exported.
/// A key left empty keeps the stored one; until a secret key is stored, Stripe is not offered to shoppers. Where Stripe
/// is called is the host's configuration, not the recipe's: an <c>apiBase</c> is refused.
/// </summary>
internal sealed class StripeRecipeSection(ISiteSettingsStore store, StripeSecretStore secrets) : IPaymentRecipeSection
{
    public string Name => "stripe";

    public void Validate(RecipeStepContext context, JsonElement section, string path)
    {
        Prefixed(context, section, path, "publishableKey", "pk_");
        Prefixed(context, section, path, "secretKey", "sk_", "rk_");
        Prefixed(context, section, path, "webhookSecret", "whsec_");
        if (context.ReadString(section, "apiBase", path: path) is { Length: > 0 })
        {
            context.AddError($"{path}.apiBase", $"is not a store setting: where Stripe is called is set in the host's configuration ({StripeClientFactory.ApiBaseKey}).");
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, JsonElement section, CancellationToken cancellationToken)
    {
        await secrets.SaveAsync(context.ReadString(section, "secretKey"), context.ReadString(section, "webhookSecret"), cancellationToken);
        var settings = new StripeSettings
        {
            PublishableKey = context.ReadString(section, "publishableKey") ?? "",
            HasSecretKey = await secrets.SecretKeyAsync(cancellationToken) is not null,
        };
        await store.SaveAsync(StripeSettings.GroupName, JsonSerializer.SerializeToElement(settings), cancellationToken);
    }

    private static void Prefixed(RecipeStepContext context, JsonElement section, string path, string field, params string[] prefixes)
    {
        if (context.ReadString(section, field, path: path) is { Length: > 0 } value &&
            !prefixes.Any(p => value.StartsWith(p, StringComparison.Ordinal)))
        {
            context.AddError($"{path}.{field}", $"must start with {string.Join(" or ", prefixes)} (a Stripe {field} was expected); the value is not shown.");
        }
    }
}
