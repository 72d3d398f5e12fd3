using System.Globalization;

namespace Multistore.Localization;

/// <summary>The parts of one PO entry as the parser meets them.</summary>
internal sealed class PoEntryBuilder
{
    private readonly SortedDictionary<int, string> _translations = [];
    private string? _context;
    private string? _id;
    private string? _pluralId;

    public bool HasId => _id is not null;

    public void Start(string keyword, string value, string source, int lineNumber)
    {
        switch (keyword)
        {
            case "msgctxt": _context = value; break;
            case "msgid": _id = value; break;
            case "msgid_plural": _pluralId = value; break;
            case "msgstr": _translations[0] = value; break;
            default:
                if (!keyword.StartsWith("msgstr[", StringComparison.Ordinal) || !keyword.EndsWith(']')
                    || !int.TryParse(keyword["msgstr[".Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw new FormatException($"{source} line {lineNumber}: unknown keyword '{keyword}'.");
                }

                _translations[index] = value;
                break;
        }
    }

    public void Append(string keyword, string value)
    {
        switch (keyword)
        {
            case "msgctxt": _context += value; break;
            case "msgid": _id += value; break;
            case "msgid_plural": _pluralId += value; break;
            case "msgstr": _translations[0] += value; break;
            default:
                var index = int.Parse(keyword["msgstr[".Length..^1], CultureInfo.InvariantCulture);
                _translations[index] += value;
                break;
        }
    }

    public PoEntry? Build() => _id is null ? null : new PoEntry(_context, _id, _pluralId, [.. _translations.Values]);
}
