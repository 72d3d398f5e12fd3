using Microsoft.AspNetCore.Builder;
using Multistore.Modules;

namespace Multistore.Shells;

/// <summary>
/// Collects each startup's middleware under the stage it joined, so <see cref="ShellPipeline"/> can add the stages in
/// their order whatever the order of the startups that filled them.
/// </summary>
internal sealed class ShellPipelineBuilder(IServiceProvider services) : IShellPipelineBuilder
{
    private readonly List<Action<IApplicationBuilder>>[] _stages =
        [.. Enum.GetValues<PipelineStage>().Select(_ => new List<Action<IApplicationBuilder>>())];

    public IServiceProvider Services { get; } = services;

    public IShellPipelineBuilder Use(PipelineStage stage, Action<IApplicationBuilder> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a pipeline stage.");
        }

        _stages[(int)stage].Add(middleware);
        return this;
    }

    /// <summary>Adds what joined <paramref name="stage"/> to <paramref name="app"/>, in the order it joined.</summary>
    public void AddStage(PipelineStage stage, IApplicationBuilder app)
    {
        foreach (var middleware in _stages[(int)stage])
        {
            middleware(app);
        }
    }
}
