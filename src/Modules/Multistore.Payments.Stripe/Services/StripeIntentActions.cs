using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Payments.Stripe.Domain;
using Multistore.Payments.Stripe.Settings;
using Stripe;

namespace Multistore.Payments.Stripe.Services;

/// <summary>
/// What a touchpoint does with an intent it started: confirm it server-side with a payment method (apps and
/// kiosks), or refresh it after 3-D Secure. The client secret proves the caller is the shopper who started it.
/// </summary>
internal sealed class StripeIntentActions(StripeClientFactory clients, StripePaymentSync sync, IOptions<StripeSettings> settings)
{
    public async Task<PaymentResult?> ConfirmAsync(string intentId, string clientSecret, string paymentMethod, string? returnUrl, CancellationToken cancellationToken)
    {
        var intents = new PaymentIntentService(await clients.CreateAsync(cancellationToken));
        if (await OwnedAsync(intents, intentId, clientSecret, cancellationToken) is null)
        {
            return null;
        }

        var options = new PaymentIntentConfirmOptions { PaymentMethod = paymentMethod, ReturnUrl = returnUrl };
        try
        {
            var confirmed = await intents.ConfirmAsync(intentId, options, cancellationToken: cancellationToken);
            return await ApplyAsync(confirmed, "confirm", cancellationToken);
        }
        catch (StripeException exception) when (StripeDeclines.IsCardError(exception.StripeError))
        {
            // A declined card is an answer, not a fault: the intent now carries the decline; record it as Stripe has it.
            var declined = await intents.GetAsync(intentId, cancellationToken: cancellationToken);
            return await ApplyAsync(declined, "confirm", cancellationToken) is { } result
                ? result with { Error = StripeDeclines.MessageFor(exception.StripeError) }
                : null;
        }
    }

    public async Task<PaymentResult?> RefreshAsync(string intentId, string clientSecret, CancellationToken cancellationToken)
    {
        var intents = new PaymentIntentService(await clients.CreateAsync(cancellationToken));
        return await OwnedAsync(intents, intentId, clientSecret, cancellationToken) is { } intent
            ? await ApplyAsync(intent, "refresh", cancellationToken)
            : null;
    }

    private static async Task<PaymentIntent?> OwnedAsync(PaymentIntentService intents, string intentId, string clientSecret, CancellationToken cancellationToken)
    {
        PaymentIntent intent;
        try
        {
            intent = await intents.GetAsync(intentId, cancellationToken: cancellationToken);
        }
        catch (StripeException exception) when (exception.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        var expected = Encoding.UTF8.GetBytes(intent.ClientSecret ?? "");
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(clientSecret)) ? intent : null;
    }

    private async Task<PaymentResult?> ApplyAsync(PaymentIntent intent, string cause, CancellationToken cancellationToken)
    {
        // The cause names the intent's state too: it is the event's id, and a retry after a decline is news of its own.
        var record = await sync.ApplyAsync(intent, $"{cause}:{intent.Id}:{intent.Status}", cancellationToken);
        return record is null
            ? null
            : new PaymentResult(record.Status, record.ProviderReference, StripeIntentStatus.NextAction(intent, settings.Value.PublishableKey),
                intent.LastPaymentError is { } error ? StripeDeclines.MessageFor(error) : null);
    }
}
