namespace Multistore.Payments.Stripe.Services;

/// <summary>One HTTP connection pool per tenant shell for Stripe calls, disposed with the shell.</summary>
public sealed class StripeHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(80),
    };

    public void Dispose() => Client.Dispose();
}
