using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Payments.Stripe;
using Multistore.Settings;

namespace Multistore.Integration.Tests.Payments;

public sealed class StripeSecretTests : IAsyncLifetime
{
    private StripeStore _store = null!;

    public async Task InitializeAsync() => _store = await StripeStore.CreateAsync();

    public async Task DisposeAsync() => await _store.Stripe.DisposeAsync();

    [Fact]
    public async Task SecretsAreEncryptedAtRestAndInNoSettingsGroupOrPage()
    {
        var stored = await _store.WithAsync(sp => sp.GetRequiredService<StripeDbContext>().Secrets.AsNoTracking().SingleAsync());
        var settings = await _store.WithAsync(sp => Task.FromResult(sp.GetRequiredService<ISiteSettingsStore>().Get("Payments.Stripe")!.Value.GetRawText()));
        var home = await _store.Tenant.CreateClient().GetStringAsync("");

        Assert.DoesNotContain("HushHush", stored.SecretKeyProtected, StringComparison.Ordinal);
        Assert.DoesNotContain("testSigningSecret", stored.WebhookSecretProtected, StringComparison.Ordinal);
        Assert.Contains("pk_test_public", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", settings, StringComparison.Ordinal);
        Assert.DoesNotContain(StripeStore.SecretKey, home, StringComparison.Ordinal);
        Assert.DoesNotContain(StripeStore.WebhookSecret, home, StringComparison.Ordinal);
    }
}
