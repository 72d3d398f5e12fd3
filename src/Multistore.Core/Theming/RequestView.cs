namespace Multistore.Theming;

/// <summary>What every template sees as <c>request</c>: culture, direction and where the store is mounted.</summary>
internal sealed record RequestView(string Culture, string Lang, string Dir, string PathBase, string Path, IReadOnlyList<CultureLink> Cultures, string StoreBase);

/// <summary>One of the store's cultures: <c>url</c> is this page in it (for hreflang), <c>switch_url</c> also remembers the choice in the culture cookie.</summary>
internal sealed record CultureLink(string Culture, string NativeName, string Url, string SwitchUrl, bool Current);
