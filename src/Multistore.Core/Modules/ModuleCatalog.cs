using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Multistore.Modules;

/// <summary>
/// Every feature of every module the host references, found once at start-up from the application's
/// dependency manifest: a module is added by its project reference alone.
/// </summary>
internal sealed class ModuleCatalog : IFeatureCatalog
{
    private readonly Dictionary<string, FeatureInfo> _features;

    public ModuleCatalog(IEnumerable<Assembly> moduleAssemblies)
    {
        Assemblies = [.. moduleAssemblies];
        _features = new Dictionary<string, FeatureInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in Assemblies)
        {
            foreach (var feature in ReadFeatures(assembly))
            {
                if (!_features.TryAdd(feature.Id, feature))
                {
                    throw new InvalidOperationException($"Feature '{feature.Id}' is declared twice (second time in {assembly.GetName().Name}).");
                }
            }
        }

        foreach (var feature in _features.Values)
        {
            var missing = feature.Dependencies.Where(d => !_features.ContainsKey(d)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"Feature '{feature.Id}' depends on unknown feature(s): {string.Join(", ", missing)}.");
            }
        }
    }

    /// <summary>A catalog of the given features alone, for tests and tools.</summary>
    public ModuleCatalog(IEnumerable<FeatureInfo> features)
    {
        Assemblies = [];
        _features = features.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Assembly> Assemblies { get; }

    public IReadOnlyCollection<FeatureInfo> Features => _features.Values;

    public FeatureInfo? Find(string id) => _features.GetValueOrDefault(id);

    public static ModuleCatalog FromDependencyContext()
    {
        var context = DependencyContext.Default
            ?? throw new InvalidOperationException("The application has no dependency manifest (deps.json) to find modules in.");
        var assemblies = context.RuntimeLibraries
            .Where(library => library.Type == "project")
            .Select(library => TryLoad(library.Name))
            .OfType<Assembly>()
            .Where(assembly => assembly.GetCustomAttribute<ModuleAttribute>() is not null);
        return new ModuleCatalog(assemblies);
    }

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static IEnumerable<FeatureInfo> ReadFeatures(Assembly assembly)
    {
        var module = assembly.GetCustomAttribute<ModuleAttribute>()!;
        var startups = assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsClass: true } && typeof(ModuleStartup).IsAssignableFrom(type))
            .ToList();

        List<StartupInfo> StartupsOf(string featureId) => startups
            .Where(type => string.Equals(type.GetCustomAttribute<FeatureStartupAttribute>()?.FeatureId ?? module.Id, featureId, StringComparison.OrdinalIgnoreCase))
            .Select(type => new StartupInfo(type, type.GetCustomAttribute<RequireFeaturesAttribute>()?.FeatureIds ?? []))
            .ToList();

        yield return new FeatureInfo(module.Id, module.Name, module.Id, module.Category, module.Description,
            module.Dependencies, module.DefaultTenantOnly, module.AlwaysEnabled) { Startups = StartupsOf(module.Id) };

        foreach (var feature in assembly.GetCustomAttributes<FeatureAttribute>())
        {
            yield return new FeatureInfo(feature.Id, feature.Name, module.Id, feature.Category, feature.Description,
                feature.Dependencies, feature.DefaultTenantOnly, feature.AlwaysEnabled) { Startups = StartupsOf(feature.Id) };
        }
    }
}
