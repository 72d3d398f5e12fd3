using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Payments.Domain;
using Multistore.Payments.Services;
using Multistore.Payments.Stripe.Testing;

namespace Multistore.Integration.Tests.Payments;

/// <summary>A store paying through Stripe at the fake Stripe server the test host's configuration names, with the calls tests make on it.</summary>
public sealed class StripeStore(TestTenant tenant, FakeStripeServer stripe)
{
    public const string SecretKey = "sk_test_51HushHushSecretKey0000";
    public const string WebhookSecret = "whsec_testSigningSecret0000";

    public TestTenant Tenant { get; } = tenant;
    public FakeStripeServer Stripe { get; } = stripe;

    public static string Recipe => """
        {
          "name": "stripe-store",
          "parameters": [ { "name": "StripeSecretKey" }, { "name": "StripeWebhookSecret" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Payments.Stripe", "Multistore.Tests.PaymentEvents" ] },
            { "name": "settings", "Site": { "Currency": "SEK", "DefaultCulture": "sv-SE" } },
            { "name": "payments", "stripe": { "publishableKey": "pk_test_public", "secretKey": "${StripeSecretKey}", "webhookSecret": "${StripeWebhookSecret}" } }
          ]
        }
        """;

    public static async Task<StripeStore> CreateAsync()
    {
        var stripe = FakeStripeServer.Shared;
        var tenant = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe, new Dictionary<string, string>
        {
            ["StripeSecretKey"] = SecretKey,
            ["StripeWebhookSecret"] = WebhookSecret,
        });
        return new StripeStore(tenant, stripe);
    }

    public StripeWebhookSender Webhooks() => new(Tenant.CreateClient(), WebhookSecret);

    public static PaymentRequest Request(decimal amount, string key) =>
        new(Guid.NewGuid(), "SE-" + key[..6], new Money(amount, "SEK"), "anna@example.se", "sv-SE", key, IsSignedIn: false, IsBusinessCustomer: false);

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = await Tenant.ScopeAsync();
        return await action(scope.ServiceProvider);
    }

    public Task<PaymentResult> StartAsync(PaymentRequest request) =>
        WithAsync(sp => sp.GetServices<IPaymentProvider>().Single(p => p.Code == "stripe").StartAsync(request, CancellationToken.None));

    public Task<PaymentResult> RefundAsync(string reference, decimal amount, string key) =>
        WithAsync(sp => sp.GetServices<IPaymentProvider>().Single(p => p.Code == "stripe").RefundAsync(reference, new Money(amount, "SEK"), key, CancellationToken.None));

    internal Task<PaymentRecord> RecordAsync(string reference) =>
        WithAsync(async sp => (await sp.GetRequiredService<PaymentLedger>().FindAsync("stripe", reference, CancellationToken.None))!);
}
