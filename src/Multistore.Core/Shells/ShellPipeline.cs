using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Hosting;
using Multistore.Localization;
using Multistore.Modules;
using Multistore.Requests;
using Multistore.Theming;

namespace Multistore.Shells;

/// <summary>
/// A tenant's own middleware pipeline over its own container, stage by stage (<see cref="PipelineStage"/>): the
/// engine's culture stage (unreadable requests answered as problems, culture, routing, request body caps), then what
/// each startup added to each stage, the engine's touchpoint resolver first in its stage, then every startup's
/// endpoints.
/// </summary>
internal static class ShellPipeline
{
    public static RequestDelegate Build(IServiceProvider services, IReadOnlyList<ModuleStartup> startups)
    {
        var stages = new ShellPipelineBuilder(services);
        foreach (var startup in startups)
        {
            startup.Configure(stages);
        }

        var touchpoints = new TouchpointResolver(services.GetServices<ITouchpointContributor>());
        var app = new ApplicationBuilder(services);
        app.UseMiddleware<UnresolvedTouchpointTagging>(touchpoints);
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            switch (stage)
            {
                case PipelineStage.Culture:
                    app.UseMiddleware<BadRequestProblemMiddleware>();
                    app.UseMiddleware<RequestCultureMiddleware>();
                    app.UseRouting();
                    app.UseMiddleware<RequestBodyLimitMiddleware>();
                    break;
                case PipelineStage.Touchpoint:
                    app.UseMiddleware<TouchpointMiddleware>(touchpoints);
                    break;
            }

            stages.AddStage(stage, app);
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
