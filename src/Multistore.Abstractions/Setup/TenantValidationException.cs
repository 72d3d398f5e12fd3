namespace Multistore.Setup;

/// <summary>A tenant request that cannot be accepted, with a message per field.</summary>
public sealed class TenantValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static TenantValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
