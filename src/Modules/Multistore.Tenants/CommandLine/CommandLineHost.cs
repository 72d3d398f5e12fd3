using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Multistore.Hosting;

namespace Multistore.Tenants.CommandLine;

/// <summary>
/// The engine without the web server: the same configuration (appsettings, environment, App_Data) and services
/// as the host, built only when a command needs them, never started (no hosted services run).
/// </summary>
internal sealed class CommandLineHost(IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    private WebApplication? _app;
    private IHostEngine? _engine;

    public async Task<IServiceProvider> ServicesAsync()
    {
        if (_app is null)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders().AddSimpleConsole().AddFilter((_, level) => level >= LogLevel.Warning);
            var engine = HostEngines.Find();
            engine.AddTo(builder);
            _app = builder.Build();
            _engine = engine;
        }

        await _engine!.WhenReadyAsync(_app.Services);
        return _app.Services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
