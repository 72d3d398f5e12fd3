using System.Collections;

namespace Multistore.Hosting;

/// <summary>
/// A log scope as structured values (what log sinks read) with its text form prepared once: the shape the tenant's
/// and the touchpoint's scopes share, so each only says which values it carries and when it is cached.
/// </summary>
internal abstract class StructuredLogScope(KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly string _text = string.Join(' ', values.Select(v => $"{v.Key}:{v.Value}"));

    public int Count => values.Length;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text;
}
