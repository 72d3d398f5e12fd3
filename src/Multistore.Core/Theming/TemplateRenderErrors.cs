using System.Collections.Concurrent;

namespace Multistore.Theming;

/// <summary>
/// The last render failure of each of the store's template overrides, for the override editor to show. Kept with
/// the shell: saving or resetting an override releases the shell, which starts a clean list.
/// </summary>
internal sealed class TemplateRenderErrors(TimeProvider time) : ITemplateRenderErrors
{
    private readonly ConcurrentDictionary<string, TemplateRenderError> _errors = new(StringComparer.Ordinal);

    public void Record(IEnumerable<string> overrides, string page, string message)
    {
        var error = new TemplateRenderError(page, message, time.GetUtcNow());
        foreach (var name in overrides)
        {
            _errors[name] = error;
        }
    }

    public TemplateRenderError? Last(string templateName) => _errors.TryGetValue(templateName, out var error) ? error : null;
}
