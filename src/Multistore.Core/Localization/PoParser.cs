using System.Text;

namespace Multistore.Localization;

/// <summary>
/// Reads gettext PO files: <c>msgctxt</c>, <c>msgid</c>, <c>msgid_plural</c>, <c>msgstr</c> and
/// <c>msgstr[n]</c>, strings continued over several quoted lines, C escapes, and the header's
/// <c>Plural-Forms</c>. Untranslated and obsolete (<c>#~</c>) entries are left out.
/// </summary>
internal static class PoParser
{
    public static PoFile Parse(string text, string source = "PO file")
    {
        var entries = new Dictionary<string, PoEntry>(StringComparer.Ordinal);
        var entry = new PoEntryBuilder();
        string? header = null;
        string? field = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '"')
            {
                if (field is null)
                {
                    throw new FormatException($"{source} line {lineNumber}: a quoted string outside any msgid or msgstr.");
                }

                entry.Append(field, Unquote(line, source, lineNumber));
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new FormatException($"{source} line {lineNumber}: expected a keyword and a quoted string.");
            }

            var keyword = line[..space];
            if (keyword is "msgctxt" or "msgid" && entry.HasId)
            {
                header = Collect(entry, entries) ?? header;
                entry = new PoEntryBuilder();
            }

            field = keyword;
            entry.Start(keyword, Unquote(line[(space + 1)..].Trim(), source, lineNumber), source, lineNumber);
        }

        header = Collect(entry, entries) ?? header;
        return new PoFile(entries, PluralRule.FromHeader(header));
    }

    /// <summary>Adds a finished entry; returns the header's text when the entry is the header (empty msgid).</summary>
    private static string? Collect(PoEntryBuilder builder, Dictionary<string, PoEntry> entries)
    {
        if (builder.Build() is not { } entry)
        {
            return null;
        }

        if (entry.Id.Length == 0 && entry.Context is null)
        {
            return entry.Translations.Count > 0 ? entry.Translations[0] : null;
        }

        if (entry.Translations.Any(t => t.Length > 0))
        {
            entries[entry.Key] = entry;
        }

        return null;
    }

    internal static string Unquote(string quoted, string source, int lineNumber)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            throw new FormatException($"{source} line {lineNumber}: expected a string in double quotes.");
        }

        var text = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= quoted.Length - 1)
            {
                throw new FormatException($"{source} line {lineNumber}: a backslash ends the string.");
            }

            text.Append(quoted[i] switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'a' => '\a',
                'b' => '\b',
                'f' => '\f',
                'v' => '\v',
                '\\' => '\\',
                '"' => '"',
                '\'' => '\'',
                '?' => '?',
                var other => throw new FormatException($"{source} line {lineNumber}: unknown escape '\\{other}'."),
            });
        }

        return text.ToString();
    }
}
