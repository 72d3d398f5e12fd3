namespace Multistore.Catalog.Admin.Categories;

/// <summary>A category as the tree editor posts it: <see cref="Editing"/> is the key of the category being changed, null for a new one.</summary>
public sealed class CategoryForm
{
    public string? Editing { get; set; }
    public string Key { get; set; } = "";
    public string? Parent { get; set; }
    public string SortOrder { get; set; } = "0";
    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
