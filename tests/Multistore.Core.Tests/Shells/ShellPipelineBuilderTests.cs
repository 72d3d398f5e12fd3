using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Shells;

namespace Multistore.Core.Tests.Shells;

/// <summary>Middleware runs in the order of the stages it joined, not in the order of the startups that added it.</summary>
public sealed class ShellPipelineBuilderTests
{
    [Fact]
    public async Task MiddlewareRunsStageByStageWhateverOrderTheStartupsAddedIt()
    {
        var ran = new List<string>();
        using var services = new ServiceCollection().BuildServiceProvider();
        var builder = new ShellPipelineBuilder(services);
        builder.Use(PipelineStage.Endpoints, Record(ran, "storefront: endpoints"));
        builder.Use(PipelineStage.ErrorPages, Record(ran, "storefront: error pages"));
        builder.Use(PipelineStage.Api, Record(ran, "api"));
        builder.Use(PipelineStage.Authorization, Record(ran, "users: authorization"));
        builder.Use(PipelineStage.Authorization, Record(ran, "admin: antiforgery"));
        builder.Use(PipelineStage.Authentication, Record(ran, "users: authentication"));
        builder.Use(PipelineStage.PageCache, Record(ran, "page cache"));

        var app = new ApplicationBuilder(services);
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            builder.AddStage(stage, app);
        }

        await app.Build()(new DefaultHttpContext());

        Assert.Equal(["page cache", "users: authentication", "users: authorization", "admin: antiforgery", "api", "storefront: error pages", "storefront: endpoints"], ran);
    }

    [Fact]
    public void RefusesAStageThatIsNotOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShellPipelineBuilder(new ServiceCollection().BuildServiceProvider()).Use((PipelineStage)42, _ => { }));

    private static Action<IApplicationBuilder> Record(List<string> ran, string name) =>
        app => app.Use(next => context =>
        {
            ran.Add(name);
            return next(context);
        });
}
