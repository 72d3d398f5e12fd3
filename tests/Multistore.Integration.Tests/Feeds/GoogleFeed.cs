using System.Xml.Linq;

namespace Multistore.Integration.Tests.Feeds;

/// <summary>A Google product feed parsed: its items, each attribute of the <c>g:</c> namespace by name.</summary>
public sealed class GoogleFeed(XDocument document)
{
    public static readonly XNamespace G = "http://base.google.com/ns/1.0";

    public XDocument Document { get; } = document;

    public IReadOnlyList<XElement> Items => [.. Document.Root!.Element("channel")!.Elements("item")];

    public XElement Item(string id) => Items.Single(i => i.Element(G + "id")?.Value == id);

    public IReadOnlyList<string> Ids => [.. Items.Select(i => i.Element(G + "id")!.Value)];

    public static string? Value(XElement item, string name) => item.Element(G + name)?.Value;

    public static async Task<GoogleFeed> ParseAsync(HttpResponseMessage response) =>
        new(XDocument.Parse(await response.Content.ReadAsStringAsync()));
}
