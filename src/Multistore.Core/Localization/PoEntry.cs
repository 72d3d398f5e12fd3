namespace Multistore.Localization;

/// <summary>One translated message of a PO file: its context, its id (and plural id) and the translations.</summary>
internal sealed record PoEntry(string? Context, string Id, string? PluralId, IReadOnlyList<string> Translations)
{
    /// <summary>The lookup key: context and id joined by the EOT character, as gettext does.</summary>
    public string Key => KeyOf(Context, Id);

    public static string KeyOf(string? context, string id) => context is null ? id : context + "\u0004" + id;
}
