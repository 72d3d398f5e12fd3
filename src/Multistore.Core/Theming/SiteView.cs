namespace Multistore.Theming;

/// <summary>What every template sees as <c>site</c>.</summary>
public sealed record SiteView(string Name, string Currency, string Theme, IReadOnlyDictionary<string, object> Settings);
