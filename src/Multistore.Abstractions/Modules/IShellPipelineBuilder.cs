using Microsoft.AspNetCore.Builder;

namespace Multistore.Modules;

/// <summary>
/// A tenant's pipeline while it is built: a startup adds its middleware to a named <see cref="PipelineStage"/>, and the
/// engine assembles the stages in their order whatever the order of the startups.
/// </summary>
public interface IShellPipelineBuilder
{
    /// <summary>The shell's container, for middleware that needs a singleton of the shell while the pipeline is built.</summary>
    IServiceProvider Services { get; }

    /// <summary>Adds middleware to <paramref name="stage"/>, after what earlier startups added to it.</summary>
    IShellPipelineBuilder Use(PipelineStage stage, Action<IApplicationBuilder> middleware);
}
