using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Multistore.Integration.Tests.Fixtures;

/// <summary>A tenant a test made for itself, with a client that talks to its host (and prefix).</summary>
public sealed class TestTenant(MultistoreFactory factory, string name, string host, string? prefix)
{
    /// <summary>The host the tenant lives on (not always <see cref="MultistoreFactory.Shared"/>).</summary>
    public MultistoreFactory Factory { get; } = factory;

    public string Name { get; } = name;
    public string Host { get; } = host;
    public string? Prefix { get; } = prefix;

    public Uri BaseAddress => new(Prefix is null ? $"http://{Host}/" : $"http://{Host}/{Prefix}/");

    /// <summary>A client of the store's host, with cookies; a 500 it gets names the store's last error (<see cref="ServerErrorReason"/>).</summary>
    public HttpClient CreateClient(bool followRedirects = true)
    {
        List<DelegatingHandler> handlers = [new ServerErrorReason(Factory, Name)];
        if (followRedirects)
        {
            handlers.Add(new RedirectHandler());
        }

        handlers.Add(new CookieContainerHandler());
        return Factory.CreateDefaultClient(BaseAddress, [.. handlers]);
    }

    public static string NewName() => "t" + Guid.NewGuid().ToString("N")[..10];
}
