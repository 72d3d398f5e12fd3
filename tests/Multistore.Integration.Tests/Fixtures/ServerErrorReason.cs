using Multistore.Hosting;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>
/// Puts the store's last logged error into the reason phrase of a 500 its client gets, so a test that fails on one
/// (EnsureSuccessStatusCode, a status assertion) says why: a CI run on a busy machine has no other trace of it.
/// </summary>
internal sealed class ServerErrorReason(MultistoreFactory factory, string tenant) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500 && factory.Service<IRecentErrors>().Of(tenant) is { Count: > 0 } errors)
        {
            var last = errors[0];
            var cause = (last.Exception ?? last.Message).Split('\n', 2)[0].Trim();
            response.ReasonPhrase = $"{response.ReasonPhrase}; the store's last error, at {last.At:HH:mm:ss.fff} on {last.Path}: {cause}";
        }

        return response;
    }
}
