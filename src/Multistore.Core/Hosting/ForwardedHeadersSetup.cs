using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Multistore.Hosting;

/// <summary>Turns <see cref="ForwardedHeadersSettings"/> into ASP.NET Core's forwarded-headers middleware, trusting only what is configured.</summary>
internal static class ForwardedHeadersSetup
{
    public static WebApplication UseConfiguredForwardedHeaders(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        if (settings.KnownProxies.Count == 0 && settings.KnownNetworks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = Math.Max(1, settings.ForwardLimit),
        };

        // ASP.NET Core trusts loopback by default; here only what the operator names is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address) ? address
                : throw new InvalidOperationException($"{ForwardedHeadersSettings.SectionName}:KnownProxies has '{proxy}', which is not an IP address."));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed) ? parsed
                : throw new InvalidOperationException($"{ForwardedHeadersSettings.SectionName}:KnownNetworks has '{network}', which is not a network like 10.0.0.0/8."));
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}
