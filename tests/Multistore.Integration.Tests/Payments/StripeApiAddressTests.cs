using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Integration.Tests.Payments;

/// <summary>
/// Where Stripe is called comes from the host's configuration only: a store's admin form, its recipe and an old stored
/// setting cannot send the secret key elsewhere, and what Stripe answers to a failed call never reaches the shopper.
/// </summary>
public sealed class StripeApiAddressTests
{
    private const string Elsewhere = "http://127.0.0.1:9/collect";

    [Fact]
    public async Task AnAddressStoredInTheStoresSettingsIsIgnored()
    {
        var store = await StripeStore.CreateAsync();
        await store.WithAsync(async sp =>
        {
            var settings = sp.GetRequiredService<ISiteSettingsStore>();
            await settings.SaveAsync("Payments.Stripe", JsonSerializer.SerializeToElement(new { PublishableKey = "pk_test_public", HasSecretKey = true, ApiBase = Elsewhere }), CancellationToken.None);
            return true;
        });
        var key = Guid.NewGuid().ToString("N");

        var started = await store.StartAsync(StripeStore.Request(20m, key));

        Assert.Equal(PaymentStatus.Pending, started.Status);
        Assert.Contains("POST /v1/payment_intents", store.Stripe.CallsFor(key));
    }

    [Fact]
    public async Task ARecipeNamingAnApiAddressIsRefused()
    {
        var recipe = StripeStore.Recipe.Replace("\"webhookSecret\": \"${StripeWebhookSecret}\" }", $"\"webhookSecret\": \"${{StripeWebhookSecret}}\", \"apiBase\": \"{Elsewhere}\" }}", StringComparison.Ordinal);
        Assert.Contains(Elsewhere, recipe, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<RecipeException>(() => Fixtures.MultistoreFactory.Shared.CreateTenantFromJsonAsync(recipe, new Dictionary<string, string>
        {
            ["StripeSecretKey"] = StripeStore.SecretKey, ["StripeWebhookSecret"] = StripeStore.WebhookSecret,
        }));

        Assert.Contains("apiBase", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StripesErrorTextNeverReachesTheShopper()
    {
        var store = await StripeStore.CreateAsync();
        var started = await store.StartAsync(StripeStore.Request(20m, Guid.NewGuid().ToString("N")));

        var response = await store.Tenant.CreateClient().PostAsJsonAsync($"api/payments/stripe/intents/{started.ProviderReference}/confirm",
            new { clientSecret = started.NextAction["client_secret"], paymentMethod = "pm_echo_key" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.DoesNotContain(StripeStore.SecretKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain("API Key", body, StringComparison.Ordinal);
        Assert.Equal("The payment could not be confirmed. Please try again or use another card.", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
    }
}
