using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Hosting;

[assembly: HostEngine(typeof(MultistoreHostEngine))]

namespace Multistore.Hosting;

/// <summary>The engine for the command line: the host's services (<c>AddMultistore</c>), ready once the host database and registry are loaded.</summary>
internal sealed class MultistoreHostEngine : IHostEngine
{
    public void AddTo(WebApplicationBuilder builder) => builder.AddMultistore();

    public Task WhenReadyAsync(IServiceProvider services) => services.GetRequiredService<HostStartup>().Ready;
}
