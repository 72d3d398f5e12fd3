namespace Multistore.Setup;

/// <summary>Collects messages per field, then throws them together so the caller sees everything at once.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Sum(e => e.Value.Count);

    public void Add(string field, string? message)
    {
        if (message is not null)
        {
            (_errors.TryGetValue(field, out var list) ? list : _errors[field] = []).Add(message);
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new TenantValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
