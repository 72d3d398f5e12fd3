namespace Multistore.Hosting;

/// <summary>
/// Marks the assembly that holds the engine and names its <see cref="IHostEngine"/>, so a module's command line
/// finds the engine among the application's assemblies, as the engine finds modules by their attributes.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class HostEngineAttribute(Type engineType) : Attribute
{
    public Type EngineType { get; } = engineType;
}
