using Microsoft.Extensions.Configuration;
using Multistore.Payments.Services;
using Stripe;

namespace Multistore.Payments.Stripe.Services;

/// <summary>
/// A Stripe.net client with the tenant's secret key, at Stripe itself or at the address the host's configuration
/// names (<c>Multistore:Stripe:ApiBase</c>: a stand-in server in tests, a proxy where the network requires one).
/// Never a store setting: a store administrator must not be able to send the secret key elsewhere.
/// </summary>
internal sealed class StripeClientFactory(StripeSecretStore secrets, StripeHttp http, IConfiguration configuration)
{
    public const string ApiBaseKey = "Multistore:Stripe:ApiBase";

    public async Task<IStripeClient> CreateAsync(CancellationToken cancellationToken)
    {
        var secretKey = await secrets.SecretKeyAsync(cancellationToken)
            ?? throw new PaymentRefusedException("Stripe is not set up for this store: no secret key is stored.");
        var options = new StripeClientOptions
        {
            ApiKey = secretKey,
            HttpClient = new SystemNetHttpClient(http.Client, maxNetworkRetries: 2),
        };
        if (configuration[ApiBaseKey] is { Length: > 0 } apiBase)
        {
            options.ApiBase = apiBase.TrimEnd('/');
        }

        return new StripeClient(options);
    }
}
