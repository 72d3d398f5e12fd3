using System.Reflection;
using Multistore.Modules;

namespace Multistore.Theming;

/// <summary>
/// Default templates that modules embed (<c>Views/{name}.liquid</c> as embedded resources), the last stop of
/// template lookup, so a module works with any theme.
/// </summary>
internal sealed class ModuleTemplates : IModuleTemplates
{
    private readonly Dictionary<string, (Assembly Assembly, string Resource)> _templates = new(StringComparer.OrdinalIgnoreCase);

    public ModuleTemplates(ModuleCatalog modules)
    {
        foreach (var assembly in modules.Assemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("Views/", StringComparison.Ordinal) && r.EndsWith(".liquid", StringComparison.Ordinal)))
            {
                _templates.TryAdd(resource["Views/".Length..^".liquid".Length], (assembly, resource));
            }
        }
    }

    /// <summary>The names of every module template.</summary>
    public IEnumerable<string> Names => _templates.Keys;

    public string? Find(string name)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            return null;
        }

        using var stream = template.Assembly.GetManifestResourceStream(template.Resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
