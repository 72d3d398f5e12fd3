namespace Multistore.Catalog.Editing;

/// <summary>
/// An attribute's or option's labels as recipes and exports give them:
/// <c>{ "name": "color", "names": { "de-DE": "Farbe" }, "values": { "Red": { "de-DE": "Rot" } } }</c>.
/// The labels given are all it has: labels of this name not given are removed.
/// </summary>
public sealed class AttributeInput
{
    public string Name { get; set; } = "";
    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, Dictionary<string, string>> Values { get; set; } = new(StringComparer.Ordinal);
}
