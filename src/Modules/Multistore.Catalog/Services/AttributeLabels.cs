using Multistore.Catalog.Domain;
using Multistore.Localization;

namespace Multistore.Catalog.Services;

/// <summary>
/// The catalog's attribute and option labels in every culture, for showing a culture-neutral name or value: the
/// label in the culture asked for, else in the store's default culture, else the name or value itself. Immutable,
/// so one instance is shared by every request of a catalog generation.
/// </summary>
public sealed class AttributeLabels
{
    public static readonly AttributeLabels None = new([]);

    private readonly Dictionary<string, Dictionary<string, string>> _texts = new(StringComparer.OrdinalIgnoreCase);

    internal AttributeLabels(IEnumerable<AttributeLabel> labels)
    {
        foreach (var label in labels)
        {
            var key = Key(label.Name, label.Value);
            if (!_texts.TryGetValue(key, out var cultures))
            {
                _texts[key] = cultures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            }

            cultures[label.Culture] = label.Text;
        }
    }

    public bool IsEmpty => _texts.Count == 0;

    /// <summary>"Farbe" for ("color", "de-DE").</summary>
    public string NameIn(string name, string culture, string defaultCulture) => Find(Key(name, ""), culture, defaultCulture) ?? name;

    /// <summary>"Rot" for ("color", "Red", "de-DE").</summary>
    public string ValueIn(string name, string value, string culture, string defaultCulture) => Find(Key(name, value), culture, defaultCulture) ?? value;

    /// <summary>Attribute names are matched without case (search lower-cases them), values as given but without case too.</summary>
    public static string Key(string name, string value) => name.Trim().ToLowerInvariant() + "=" + value.Trim();

    private string? Find(string key, string culture, string defaultCulture) =>
        _texts.TryGetValue(key, out var cultures) ? CultureFallback.Find(cultures, culture, defaultCulture) : null;
}
