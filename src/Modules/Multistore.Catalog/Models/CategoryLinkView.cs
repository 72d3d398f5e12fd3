namespace Multistore.Catalog.Models;

public sealed record CategoryLinkView(string Name, string Url);
