namespace Multistore.Admin.Routing;

/// <summary>Validation messages of a posted form, by field name as the form names its inputs.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool IsValid => _errors.Count == 0;

    public IEnumerable<string> All => _errors.Values.SelectMany(e => e);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public IReadOnlyList<string> For(string field) => _errors.TryGetValue(field, out var messages) ? messages : [];
}
