using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Multistore.Localization;
using Multistore.Modules;
using Multistore.Requests;
using Multistore.Theming;

namespace Multistore.Shells;

/// <summary>
/// A tenant's own middleware pipeline over its own container: unreadable requests answered as problems, culture,
/// routing, request body caps, each startup's middleware, then each startup's endpoints.
/// </summary>
internal static class ShellPipeline
{
    public static RequestDelegate Build(IServiceProvider services, IReadOnlyList<ModuleStartup> startups)
    {
        var app = new ApplicationBuilder(services);
        app.UseMiddleware<BadRequestProblemMiddleware>();
        app.UseMiddleware<RequestCultureMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        foreach (var startup in startups)
        {
            startup.Configure(app);
        }

        app.UseEndpoints(endpoints =>
        {
            endpoints.MapThemeAssets();
            foreach (var startup in startups)
            {
                startup.MapEndpoints(endpoints);
            }
        });
        return app.Build();
    }
}
