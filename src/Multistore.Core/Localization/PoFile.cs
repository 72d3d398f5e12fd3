namespace Multistore.Localization;

/// <summary>A parsed PO file: its translated entries by key and the plural rule from its <c>Plural-Forms</c> header.</summary>
internal sealed class PoFile(IReadOnlyDictionary<string, PoEntry> entries, PluralRule plural)
{
    public static readonly PoFile Empty = new(new Dictionary<string, PoEntry>(), PluralRule.Default);

    public IReadOnlyDictionary<string, PoEntry> Entries { get; } = entries;

    public PluralRule Plural { get; } = plural;

    public PoEntry? Find(string? context, string id) => Entries.GetValueOrDefault(PoEntry.KeyOf(context, id));
}
