using System.Reflection;
using Multistore.Modules;

namespace Multistore.Modules.Tests.Architecture;

/// <summary>
/// The module assemblies this test project was built with: every Multistore assembly in the output folder that
/// declares <see cref="ModuleAttribute"/>. Found from the folder, so a new module is checked without listing it.
/// </summary>
internal static class ModuleAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } = [.. Directory.GetFiles(AppContext.BaseDirectory, "Multistore.*.dll")
        .Select(path => Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(path))))
        .Where(assembly => assembly.IsDefined(typeof(ModuleAttribute)))
        .OrderBy(assembly => assembly.GetName().Name, StringComparer.Ordinal)];
}
