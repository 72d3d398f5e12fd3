using Microsoft.Extensions.Configuration;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// Where the host listens, read from the same configuration the host reads (<c>ASPNETCORE_URLS</c>, <c>--urls</c> in
/// appsettings as <c>urls</c>, or Kestrel endpoints); Kestrel's own default, http://localhost:5000, otherwise.
/// </summary>
internal sealed record HostAddress(string Scheme, int Port)
{
    public static HostAddress From(IConfiguration configuration)
    {
        var configured = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>())
            .Select(url => Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .OrderBy(uri => uri.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .FirstOrDefault();
        return configured is null ? new HostAddress(Uri.UriSchemeHttp, 5000) : new HostAddress(configured.Scheme, configured.Port);
    }

    /// <summary>The address of the host's own listener, to ask it for a store by that store's host name.</summary>
    public Uri Listener => new($"{Scheme}://localhost:{Port}/");

    /// <summary><c>host</c> with the port unless it is the scheme's default.</summary>
    public string Authority(string host) =>
        (Scheme == Uri.UriSchemeHttp && Port == 80) || (Scheme == Uri.UriSchemeHttps && Port == 443) ? host : $"{host}:{Port}";
}
