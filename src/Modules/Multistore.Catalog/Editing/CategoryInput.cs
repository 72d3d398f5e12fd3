namespace Multistore.Catalog.Editing;

/// <summary>A category node: its key, its parent's key (none for a root) and its names per culture.</summary>
public sealed class CategoryInput
{
    public string Key { get; set; } = "";
    public string? Parent { get; set; }
    public int SortOrder { get; set; }
    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
