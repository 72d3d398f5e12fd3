using System.Text.Json;

namespace Multistore.Tenancy.Management;

/// <summary>
/// One value a template edit changes (null before: added; null after: removed), the stores that will see it at
/// once, and those that keep their own value (they, or a template closer to them, set it).
/// </summary>
public sealed record TemplateChange(
    string Group, string Path, JsonElement? Before, JsonElement? After,
    IReadOnlyList<string> AffectedStores, IReadOnlyList<string> OverridingStores);
