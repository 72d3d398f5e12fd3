namespace Multistore.Modules;

/// <summary>
/// Binds a startup to a feature of its module. A startup without it belongs to the module's main feature.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class FeatureStartupAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
