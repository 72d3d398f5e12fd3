namespace Multistore.Modules;

/// <summary>Declares an extra feature of a module, beside the module's main feature.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Category { get; init; } = "General";
    public string Description { get; init; } = "";
    public string[] Dependencies { get; init; } = [];
    public bool DefaultTenantOnly { get; init; }
    public bool AlwaysEnabled { get; init; }
}
