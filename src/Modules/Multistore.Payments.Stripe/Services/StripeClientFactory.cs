using Microsoft.Extensions.Options;
using Multistore.Payments.Services;
using Multistore.Payments.Stripe.Settings;
using Stripe;

namespace Multistore.Payments.Stripe.Services;

/// <summary>A Stripe.net client with the tenant's secret key, at the tenant's API base (Stripe itself unless set).</summary>
public sealed class StripeClientFactory(StripeSecretStore secrets, StripeHttp http, IOptions<StripeSettings> settings)
{
    public async Task<IStripeClient> CreateAsync(CancellationToken cancellationToken)
    {
        var secretKey = await secrets.SecretKeyAsync(cancellationToken)
            ?? throw new PaymentRefusedException("Stripe is not set up for this store: no secret key is stored.");
        var options = new StripeClientOptions
        {
            ApiKey = secretKey,
            HttpClient = new SystemNetHttpClient(http.Client, maxNetworkRetries: 2),
        };
        if (!string.IsNullOrWhiteSpace(settings.Value.ApiBase))
        {
            options.ApiBase = settings.Value.ApiBase.TrimEnd('/');
        }

        return new StripeClient(options);
    }
}
