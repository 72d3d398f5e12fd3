namespace Multistore.Theming;

/// <summary>What every template sees as <c>request</c>: culture, direction and where the store is mounted.</summary>
public sealed record RequestView(string Culture, string Lang, string Dir, string PathBase, string Path, IReadOnlyList<CultureLink> Cultures);

public sealed record CultureLink(string Culture, string NativeName, string Url, bool Current);
