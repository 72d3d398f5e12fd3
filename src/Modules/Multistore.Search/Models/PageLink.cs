namespace Multistore.Search.Models;

public sealed record PageLink(string Label, string Url, bool Current);
