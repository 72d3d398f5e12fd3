namespace Multistore.Catalog.Domain;

/// <summary>
/// What shoppers read for an attribute or option in one culture: its name (<see cref="Value"/> empty) or one of
/// its values. Products keep the culture-neutral name and value ("material" = "wool"), which filters and URLs use;
/// facets, the variant picker and the API show the label, falling back to the default culture, then to the key.
/// </summary>
internal sealed class AttributeLabel
{
    public const int MaxNameLength = 64;
    public const int MaxValueLength = 200;
    public const int MaxTextLength = 200;

    /// <summary>The attribute's or option's name, lower case ("material", "size").</summary>
    public string Name { get; set; } = "";

    /// <summary>The value labelled ("wool", "M"), or empty for the name itself.</summary>
    public string Value { get; set; } = "";

    public string Culture { get; set; } = "";
    public string Text { get; set; } = "";
}
