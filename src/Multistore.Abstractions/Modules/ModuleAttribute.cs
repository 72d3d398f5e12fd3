namespace Multistore.Modules;

/// <summary>Marks an assembly as a Multistore module. Its id is also the id of its main feature.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Category { get; init; } = "General";
    public string Description { get; init; } = "";
    public string[] Dependencies { get; init; } = [];
    public bool DefaultTenantOnly { get; init; }
    public bool AlwaysEnabled { get; init; }
}
