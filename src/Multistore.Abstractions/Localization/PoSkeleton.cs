namespace Multistore.Localization;

/// <summary>Untranslated strings as PO entries with empty msgstr, for a translator to fill in (the admin's and the command line's).</summary>
public static class PoSkeleton
{
    public static string Of(IEnumerable<UsedString> strings) => string.Join("\n", strings.Select(s =>
        (s.Context is null ? "" : $"msgctxt \"{Escape(s.Context)}\"\n") + $"msgid \"{Escape(s.Id)}\"\nmsgstr \"\"\n"));

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
