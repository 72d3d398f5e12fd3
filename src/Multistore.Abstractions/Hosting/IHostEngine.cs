using Microsoft.AspNetCore.Builder;

namespace Multistore.Hosting;

/// <summary>
/// The engine as a process other than the web host starts it: the command line builds the same services and
/// configuration as the host (without starting its server) and waits until the host database and tenant registry
/// are loaded. The engine names its implementation with <see cref="HostEngineAttribute"/>.
/// </summary>
public interface IHostEngine
{
    void AddTo(WebApplicationBuilder builder);

    Task WhenReadyAsync(IServiceProvider services);
}
