namespace Multistore.Modules;

/// <summary>
/// A startup that runs only when every named feature is enabled too: the way a module integrates with an
/// optional other module without an <c>if</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequireFeaturesAttribute(params string[] featureIds) : Attribute
{
    public IReadOnlyList<string> FeatureIds { get; } = featureIds;
}
